# Café Desk: kila sentensi ambayo bot hutuma, kwa Kiswahili.
# Namba za ujumbe ni zilezile kwa kila lugha; jaribio linashindwa ujumbe ukikosekana au vigezo vyake
# vikitofautiana (test/texts/locales.test.ts).

## format

money = Ksh { NUMBER($amount) }
duration-under-a-minute = chini ya dakika moja
duration-minutes = dakika { $minutes }
duration-hours = saa { $hours }
duration-hours-minutes = saa { $hours } dakika { $minutes }
no-phone = hakuna namba
method-cash = cash
method-mpesa = M-Pesa
method-mpesa-simulated = M-Pesa ya majaribio 🧪
date-at-time = { $date } saa { $time }


## general

simulated-lead =
    🧪 M-Pesa ya majaribio: hakuna pesa halisi iliyotumwa.
    { $text }
access-not-staff = Wewe si mfanyakazi wa cyber hii; Telegram id yako ni { $telegramId }. Mpe meneja namba hiyo, naye atakutumia link ya mwaliko.
managers-only = Ni meneja tu anayeweza kufanya hivyo.
managers-only-question-closed = Wewe si meneja tena, kwa hiyo swali hilo limefungwa na hakuna kilichobadilishwa.
something-went-wrong = Kuna hitilafu upande wetu. Angalia /sessions au /unpaid kabla ya kujaribu tena; ikitokea tena, mwambie meneja.

# Menu ya amri: kila amri inafanya nini, kwa maneno machache.
command-new = Anza kipindi kwenye kompyuta
command-sessions = Vipindi vinavyoendelea, na vitufe vya Maliza
command-pay = Rekodi malipo mengine
command-payments = Malipo ya karibuni
command-unpaid = Pesa ambayo bado inadaiwa
command-unplaced = Malipo ya menu ya M-Pesa ya kuweka kwenye bili
command-customers = Tafuta au badilisha mteja
command-shift = Fungua au funga zamu yako (hesabu ya droo)
command-help = Bot inafanya nini
command-cancel = Acha unachofanya
command-invite = Alika mhudumu au meneja
command-invites = Mialiko ambayo bado haijatumika
command-staff = Orodha ya wafanyakazi
command-tariff = Angalia au badilisha bei
command-computers = Kompyuta za cyber
command-report = Mapato, vipindi na madeni
command-export = Malipo, vipindi na wateja kama faili za CSV
command-audit = Nani alifanya nini: kumbukumbu ya kila badiliko

# /help: salamu, amri za kila mhudumu, za mameneja, na /cancel.
help-hello =
    Habari { $name }. Wewe ni { $role ->
        [MANAGER] meneja
       *[other] mhudumu
    } hapa.
help-operator-commands =
    /new – anza kipindi kwenye kompyuta
    /sessions – vipindi vinavyoendelea; Maliza kimoja uchukue pesa
    /pay – rekodi malipo mengine (ada, printing, madeni ya zamani)
    /payments – malipo ya karibuni
    /unpaid – pesa ambayo bado inadaiwa
    /unplaced – pesa iliyolipwa kupitia menu ya M-Pesa ambayo bado haiko kwenye bili: iguse, kisha uchague bili yake
    Code ya M-Pesa au SMS ya mteja, ukiituma au ukiiforward hapa – bot inaangalia ililipa bili gani
    /customers – tafuta au badilisha mteja
    /shift – fungua zamu yako na pesa ya kuanzia (float), au iangalie na uifunge baada ya kuhesabu cash
help-manager-commands =
    Mameneja:
    /invite – alika mhudumu au meneja
    /invites – mialiko ambayo bado haijatumika; futa mmoja
    /staff – orodha ya wafanyakazi; simamisha mtu au umrudishe
    /tariff – angalia au badilisha bei
    /computers – kompyuta za cyber: ongeza, badilisha jina, weka kwenye kundi, haifanyi kazi, ondoa
    /report – mapato, vipindi na madeni: today, yesterday, week, month, siku moja (28/11/2026) au kipindi (1/11/2026-15/11/2026)
    /export – malipo, vipindi na wateja wa vipindi hivyo hivyo, kama faili za CSV za kufungua kwenye spreadsheet
    /audit – nani alifanya nini, vya karibuni kwanza; /audit Otieno kwa mtu mmoja (au bonyeza 👤), /audit Jane au /audit 0712345678 kwa mteja mmoja
help-cancel = /cancel inaacha chochote unachofanya.

# Kujiunga kwa link ya mwaliko isiyoweza kutumika.
join-refused-unknown = Link hii ya mwaliko si sahihi (au imefutwa). Omba meneja akupe mpya.
join-refused-expired = Link hii ya mwaliko imeisha muda (inadumu saa 24). Omba meneja akupe mpya.
join-refused-used = Link hii ya mwaliko imeshatumika. Omba meneja akupe mpya.
join-refused-already-staff = Tayari wewe ni mfanyakazi hapa. /help inaonyesha unachoweza kufanya.
join-refused-deactivated = Uliondolewa kwenye wafanyakazi, na link ya mwaliko haiwezi kukurudisha. Omba meneja akurudishe (kwenye /staff).

# Swali lililoachwa kwa sababu amri au kitufe kilifungua lingine.
put-aside-new-session = ⏸ /new yako imewekwa kando: hakuna kipindi kilichoanzishwa. Tuma /new kuanza upya.
put-aside-pay = ⏸ /pay yako imewekwa kando: malipo hayakurekodiwa. Tuma /pay kuanza upya.
put-aside-other-number = ⏸ Prompt kwa namba nyingine imewekwa kando: hakuna kilichotumwa. Bonyeza ✏️ chini ya malipo (au yatafute kwenye /unpaid) kuanza upya.
put-aside-tariff-change = ⏸ Kubadilisha bei kumewekwa kando: bei inabaki ilivyokuwa. Tuma /tariff kuanza upya.
put-aside-customer-search = ⏸ Utafutaji wako wa /customers umewekwa kando. Tuma /customers kutafuta tena.
put-aside-prepay-amount = ⏸ Kiasi cha kulipia mapema kimewekwa kando: hakuna muda ulionunuliwa. Bonyeza ⏱ Kiasi… chini ya kipindi tena kuanza upya.
put-aside-void-session = ⏸ Kufuta kipindi kumewekwa kando: bado kinaendelea. Bonyeza 🗑 Futa kwenye /sessions kuanza upya.
put-aside-lower-amount = ⏸ Kupunguza kiasi kumewekwa kando: kinabaki kilivyokuwa. Bonyeza ✂️ chini ya malipo (au yatafute kwenye /unpaid) kuanza upya.
put-aside-customer-edit = ⏸ Mabadiliko yako kwa mteja yamewekwa kando: hakuna kilichohifadhiwa. Mtafute kwa /customers kubadilisha tena.
put-aside-check-receipt = ⏸ Kuangalia risiti kumewekwa kando: hakuna kilichoangaliwa. Bonyeza 🧾 chini ya malipo kuanza upya.
put-aside-shift = ⏸ /shift yako imewekwa kando: zamu yako haikufunguliwa wala kufungwa. Tuma /shift kuanza upya.
put-aside-set-aside = ⏸ Malipo hayakuwekwa kando: bado yako kwenye /unplaced.

conversation-cancelled = Nimesimamisha. Hakuna kingine kilichobadilishwa.
conversation-nothing-to-cancel = Hakukuwa na chochote cha kusimamisha.
conversation-expired = Imechukua muda mrefu, kwa hiyo nimesimamisha. Anza upya ukiwa tayari.
answer-invalid-reason = Andika sababu kwa maneno machache (isizidi herufi { $max }).
answer-stale-button = Kitufe hicho ni cha ujumbe wa zamani.
answer-tap-a-button = Bonyeza kimoja kati ya vitufe hapo juu, au /cancel.
answer-unknown-command = Sijaelewa hilo. /help inaonyesha ninachoweza kufanya.

# Kwa nini jina la mtu lililoandikwa limekataliwa.
name-problem-missing = Jina linahitajika hapa: liandike kwa herufi.
name-problem-digits = Jina halina namba: liandike kwa herufi.
name-problem-emoji = Jina halina emoji: liandike kwa herufi.
name-problem-symbols = Jina halina alama kama @, # au _: herufi tu, nafasi, apostrofi, nukta na vistari.
name-problem-first-letter = Jina linaanza na herufi.
name-problem-too-long = Hilo ni refu mno kwa jina: isizidi herufi { $max }.



## sessions

# Kuchagua au kuongeza mteja.
customer-label-id-number = ID { $idNumber }
customer-ask-search = Mteja ni nani? Andika sehemu ya jina lake, namba ya simu au namba ya ID.
customer-search-too-short = Andika angalau herufi au tarakimu 2.
customer-matches-none = Hakuna mteja anayelingana na hilo. Andika utafutaji mwingine, au ongeza mteja mpya:
customer-matches-first = Chagua mteja (hawa ni { $limit } wa kwanza; andika zaidi ya jina ili kupunguza):
customer-matches-pick = Chagua mteja, au andika utafutaji mwingine:
customer-create-button = ➕ Mteja mpya
customer-ask-first-name = Mteja mpya. Jina la kwanza?
customer-ask-last-name = Jina la mwisho?
customer-ask-phone = Namba yake ya simu ya M-Pesa? (au /skip)
customer-ask-id-number = Namba ya ID? (au /skip)
customer-invalid-id-number = Namba ya ID ni herufi au tarakimu 4 hadi 20.
customer-id-number-taken = Namba hiyo ya ID tayari ni ya { $label }. Nitatumia mteja huyo.
customer-created = Mteja amehifadhiwa: { $label }

# Kuanza, kuorodhesha, kumaliza na kufuta vipindi. $computer ni "none" kipindi kisipokuwa na kompyuta.
session-ask-computer = Kompyuta gani? Bonyeza iliyo wazi, au andika jina lake.
session-ask-computer-none-listed-manager = Kompyuta gani? Bado hakuna iliyoorodheshwa: andika jina lake uiongeze (mfano PC-4; /computers inaongeza nyingi kwa mara moja), au /skip kuanza bila kompyuta.
session-ask-computer-none-listed = Kompyuta gani? Bado hakuna iliyoorodheshwa (meneja huziongeza kwa /computers): /skip kuanza bila kompyuta.
session-no-computer-free = Hakuna kompyuta iliyo wazi: maliza kipindi kwenye /sessions kwanza, au omba meneja airudishe moja kazini (/computers).
session-computer-busy = { $computer } inatumika: { $customerName } tangu saa { $since }.
session-computer-out-of-order = { $computer } haifanyi kazi.
session-computer-unknown = { $computer } si mojawapo ya kompyuta za cyber hii.
session-computer-add-question = { $computer } bado si mojawapo ya kompyuta za cyber hii: bonyeza ➕ uiongeze na kuanza kipindi kwayo.
session-add-computer-button = ➕ Ongeza { $computer }
session-started =
    ▶️ Kipindi kimeanza: { $name }{ $computer ->
        [none] {""}
       *[other] {" "}kwenye { $computer }
    }, saa { $at }.
session-already-active =
    { $name } tayari ana kipindi kinachoendelea{ $computer ->
        [none] {""}
       *[other] {" "}kwenye { $computer }
    } tangu saa { $since }. Kimalize kwanza:
session-none-active = Hakuna kipindi kinachoendelea. /new inaanzisha kimoja.
session-list-header =
    Vipindi vinavyoendelea: { $count }{ $pages ->
        [1] {""}
       *[other] {" "}(ukurasa { $page } kati ya { $pages })
    }
session-list-item-running = tangu saa { $since }, { $duration }, { $amount } hadi sasa
session-list-item-prepaid = ⏱ imelipiwa mapema hadi saa { $until }: { $amount }
session-free-line = 🟢 Wazi ({ $count }): { $names }
session-free-line-in-group = 🟢 Wazi kwenye { $group } ({ $count }): { $names }
session-none-free-line = Hakuna kompyuta iliyo wazi.
session-out-of-order-line = 🔧 Hazifanyi kazi: { $names }
session-end-button = ⏹ Maliza { $session }
# $how: voided au ended; $at ni "none" saa isipojulikana.
session-already-ended =
    Kipindi hiki { $how ->
        [voided] kilishafutwa
       *[ended] kilishamalizwa
    }{ $at ->
        [none] {""}
       *[other] {" "}saa { $at }
    }.
session-already-ended-by =
    Kipindi hiki { $how ->
        [voided] kilishafutwa
       *[ended] kilishamalizwa
    } na { $by }{ $at ->
        [none] {""}
       *[other] {" "}saa { $at }
    }.
session-void-button = 🗑 Futa
session-void-managers-only = Mhudumu aliyeanzisha kipindi tu ndiye anayeweza kukifuta, ndani ya dakika 5 tangu kianze. Baada ya hapo, omba meneja.
session-ask-void-reason =
    Ufute kipindi cha { $name }{ $computer ->
        [none] {""}
       *[other] {" "}kwenye { $computer }
    }? Hakitatozwa chochote. Andika sababu (mfano mteja si sahihi, kompyuta si sahihi), au /cancel kukiacha kiendelee:
session-voided =
    🗑 Kipindi cha { $name }{ $computer ->
        [none] {""}
       *[other] {" "}kwenye { $computer }
    } kimefutwa: hakuna kilichotozwa, na mameneja wamearifiwa.
session-not-found = Kipindi hicho hakipo tena.

# Muda wa kulipia mapema. $customer ni mteja na kompyuta yake kwenye mabano; $session ni kompyuta na mteja wake.
prepaid-amount-button = ⏱ Kiasi…
prepaid-ask-amount = { $name } analipia muda kiasi gani? Andika kiasi kwa shilingi:
prepaid-invalid-amount = Andika shilingi kamili, mfano 50.
prepaid-too-little = { $amount } hainunui hata dakika moja nzima. Andika kiasi kikubwa zaidi:
prepaid-ended = Kipindi hicho kimeisha: hakiwezi kuongezewa muda.
prepaid-bought = ⏱ { $customer } amelipia mapema hadi saa { $until }: { $amount }.
prepaid-send-prompt = Tuma prompt ya M-Pesa kwa { $phone }?
prepaid-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa: tuma prompt kwa namba nyingine, au chukua cash.
prepaid-bought-free = ⏱ { $customer } amelipia mapema hadi saa { $until }: hakuna zaidi cha kulipa (bei ya chini kabisa inatosha).
prepaid-five-minutes-left = ⏳ { $session }: zimebaki dakika 5
prepaid-time-up = ⌛ { $session }: muda umekwisha
prepaid-extend-button = ➕ Ongeza { $duration }
prepaid-not-refunded = Muda uliolipiwa mapema usipotumika, pesa hairudishwi yenyewe; meneja anaweza kuirudisha kupitia /payments (maelezo ya malipo ya mapema).
prepaid-refund-button = ↩️ Rudisha { $amount } (muda usiotumika)
prepaid-refunded = ↩️ Imerekodiwa: mrudishie { $customerName } { $amount } cash kwa muda uliolipiwa mapema ambao haukutumika. Hakuna reversal ya M-Pesa inayofanywa.
prepaid-refunded-notice = ↩️ { $refundedBy } amemrudishia { $customer } { $amount } cash kwa muda uliolipiwa mapema usiotumika. Hakuna reversal ya M-Pesa.
prepaid-refund-drawer = Kutoka droo ya { $drawer }: inahesabiwa kwenye hesabu ya droo ya zamu ya { $drawer }.
prepaid-refund-no-drawer = Hakuna zamu iliyokuwa wazi, kwa hiyo hakuna droo iliyotozwa: ihesabu kwenye hesabu ya droo ijayo.
prepaid-already-refunded = Tayari imerudishwa: { $amount } na { $by } saa { $at }.
prepaid-nothing-unused = Hakuna muda uliolipiwa mapema ambao haujatumika: hakuna pesa ya kurudisha.
prepaid-ended-within = { $customerName }, { $duration }: hakuna zaidi cha kulipa. Alilipia mapema: { $prepaidDuration }, { $prepaidAmount }.



## computers




## payments




## mpesa




## notices




## manager




## audit




## exports




## reports




## shifts




## menu-payments




## receipt-checks




## language


