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
access-not-staff = Wewe si mfanyakazi wa cyber hii; Telegram id yako ni { $telegramId }. Mpe meneja namba hiyo, naye anaweza kukutumia link ya mwaliko.
managers-only = Ni meneja tu anayeweza kufanya hivyo.
managers-only-question-closed = Wewe si meneja tena, kwa hiyo swali hilo limefungwa na hakuna kilichobadilishwa.
something-went-wrong = Kuna hitilafu upande wetu. Angalia /sessions au /unpaid kabla ya kujaribu tena; ikitokea tena, mwambie meneja.

# Menyu ya amri: kila amri inafanya nini, kwa maneno machache.
command-new = Anza kipindi kwenye kompyuta
command-sessions = Vipindi vinavyoendelea, na vitufe vya Maliza
command-pay = Rekodi malipo mengine
command-payments = Malipo ya karibuni
command-unpaid = Pesa ambayo bado inadaiwa
command-unplaced = Malipo ya menyu ya M-Pesa ya kuweka kwenye bili
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
command-audit = Nani alifanya nini: kumbukumbu

# /help: salamu, amri za kila mhudumu, za mameneja, na /cancel.
help-hello =
    Habari { $name }. Wewe ni { $role ->
        [MANAGER] meneja
       *[other] mhudumu
    } hapa.
help-operator-commands =
    /new – anza kipindi kwenye kompyuta
    /sessions – vipindi vinavyoendelea; maliza kimoja upokee pesa
    /pay – rekodi malipo mengine (ada, printing, madeni ya zamani)
    /payments – malipo ya karibuni
    /unpaid – pesa ambayo bado inadaiwa
    /unplaced – pesa iliyolipwa kupitia menyu ya M-Pesa ambayo bado haiko kwenye bili: ibonyeze, kisha bonyeza bili yake
    Code ya risiti ya M-Pesa au SMS ya mteja, ukiiandika au ukiiforward hapa – bot inaangalia ililipa bili gani
    /customers – tafuta au badilisha mteja
    /shift – fungua zamu yako na float, au iangalie na uifunge baada ya kuhesabu cash
    /language – lugha ya bot kwako: Kiswahili au English
help-manager-commands =
    Mameneja:
    /invite – alika mhudumu au meneja
    /invites – mialiko ambayo bado haijatumika; futa mmoja
    /staff – orodha ya wafanyakazi; simamisha au rudisha mtu
    /tariff – angalia au badilisha bei
    /computers – kompyuta za cyber: ongeza, badilisha jina, weka kwenye kikundi, weka kama haifanyi kazi, ondoa
    /report – mapato, vipindi na madeni: leo, jana, wiki, mwezi, siku moja (28/11/2026) au tarehe hadi tarehe (1/11/2026-15/11/2026)
    /export – malipo, vipindi na wateja wa siku hizo hizo, kama faili za CSV za kufungua kwenye spreadsheet
    /audit – nani alifanya nini, za karibuni kwanza; /audit Otieno kwa mtu mmoja (au bonyeza 👤 Kwa mtu), /audit Jane au /audit 0712345678 kwa mteja mmoja
help-cancel = /cancel inaacha chochote unachofanya.

# Kujiunga kwa link ya mwaliko isiyoweza kutumika.
join-refused-unknown = Link hii ya mwaliko si sahihi (au imefutwa). Muombe meneja akupe nyingine.
join-refused-expired = Link hii ya mwaliko imeisha muda (inadumu saa 24). Muombe meneja akupe nyingine.
join-refused-used = Link hii ya mwaliko imeshatumika. Muombe meneja akupe nyingine.
join-refused-already-staff = Tayari wewe ni mfanyakazi hapa. /help inaonyesha unachoweza kufanya.
join-refused-deactivated = Ulisimamishwa, na link ya mwaliko haiwezi kukurudisha. Muombe meneja akurudishe (kwenye /staff).

# Swali lililoachwa kwa sababu amri au kitufe kilifungua lingine.
put-aside-new-session = ⏸ /new yako imesitishwa: hakuna kipindi kilichoanzishwa. Tuma /new kuanza upya.
put-aside-pay = ⏸ /pay yako imesitishwa: malipo hayakurekodiwa. Tuma /pay kuanza upya.
put-aside-other-number = ⏸ Ombi kwa namba nyingine limesitishwa: hakuna kilichotumwa. Bonyeza ✏️ Namba nyingine chini ya malipo (au yatafute kwenye /unpaid) kuanza upya.
put-aside-tariff-change = ⏸ Kubadilisha bei kumesitishwa: bei inabaki ilivyokuwa. Tuma /tariff kuanza upya.
put-aside-customer-search = ⏸ Utafutaji wako wa /customers umesitishwa. Tuma /customers kutafuta tena.
put-aside-prepay-amount = ⏸ Kiasi cha kulipia mapema kimesitishwa: hakuna muda ulionunuliwa. Bonyeza ⏱ Kiasi… chini ya kipindi tena kuanza upya.
put-aside-void-session = ⏸ Kufuta kipindi kumesitishwa: bado kinaendelea. Bonyeza 🗑 Futa kwenye /sessions kuanza upya.
put-aside-lower-amount = ⏸ Kupunguza kiasi kumesitishwa: kinabaki kilivyokuwa. Bonyeza ✂️ Punguza kiasi chini ya malipo (au yatafute kwenye /unpaid) kuanza upya.
put-aside-customer-edit = ⏸ Mabadiliko yako kwa mteja yamesitishwa: hakuna kilichohifadhiwa. Mtafute kwa /customers kubadilisha tena.
put-aside-check-receipt = ⏸ Kuangalia risiti kumesitishwa: hakuna kilichoangaliwa. Bonyeza 🧾 Angalia risiti chini ya malipo kuanza upya.
put-aside-shift = ⏸ /shift yako imesitishwa: zamu yako haikufunguliwa wala kufungwa. Tuma /shift kuanza upya.
put-aside-set-aside = ⏸ Malipo hayakuwekwa kando: bado yako kwenye /unplaced.

conversation-cancelled = Nimeacha. Hakuna kingine kilichobadilishwa.
conversation-nothing-to-cancel = Hakukuwa na chochote cha kuacha.
conversation-expired = Imechukua muda mrefu, kwa hiyo nimeacha. Anza upya ukiwa tayari.
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
session-no-computer-free = Hakuna kompyuta iliyo wazi: maliza kipindi kwenye /sessions kwanza, au muombe meneja aweke moja kama inafanya kazi tena (/computers).
session-computer-busy = { $computer } inatumika: { $customerName } tangu saa { $since }.
session-computer-out-of-order = { $computer } haifanyi kazi.
session-computer-unknown = { $computer } si mojawapo ya kompyuta za cyber hii.
session-computer-add-question = { $computer } bado si mojawapo ya kompyuta za cyber hii: bonyeza ➕ Ongeza { $computer } uiongeze na uanze kipindi kwayo.
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
session-void-managers-only = Mhudumu aliyeanzisha kipindi ndiye pekee anayeweza kukifuta, ndani ya dakika 5 tangu kianze. Baada ya hapo, muombe meneja.
session-ask-void-reason =
    Ufute kipindi cha { $name }{ $computer ->
        [none] {""}
       *[other] {" "}kwenye { $computer }
    }? Hakitatozwa chochote. Andika sababu (mfano mteja si sahihi, kompyuta si sahihi), au /cancel kukiacha kiendelee:
session-voided =
    🗑 Kipindi cha { $name }{ $computer ->
        [none] {""}
       *[other] {" "}kwenye { $computer }
    } kimefutwa: hakuna kilichotozwa, na mameneja wameambiwa.
session-not-found = Kipindi hicho hakipo tena.

# Muda wa kulipia mapema. $customer ni mteja na kompyuta yake kwenye mabano; $session ni kompyuta na mteja wake.
prepaid-amount-button = ⏱ Kiasi…
prepaid-ask-amount = { $name } analipia muda kiasi gani? Andika kiasi kwa shilingi:
prepaid-invalid-amount = Andika shilingi kamili, mfano 50.
prepaid-too-little = { $amount } hainunui hata dakika moja nzima. Andika kiasi kikubwa zaidi:
prepaid-ended = Kipindi hicho kimeisha: hakiwezi kuongezewa muda.
prepaid-bought = ⏱ { $customer } amelipia mapema hadi saa { $until }: { $amount }.
prepaid-send-prompt = Tuma ombi la M-Pesa kwa { $phone }?
prepaid-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa: tuma ombi kwa namba nyingine, au pokea cash.
prepaid-bought-free = ⏱ { $customer } amelipia mapema hadi saa { $until }: hakuna zaidi cha kulipa (bei ya chini kabisa inatosha).
prepaid-five-minutes-left = ⏳ { $session }: zimebaki dakika 5
prepaid-time-up = ⌛ { $session }: muda umekwisha
prepaid-extend-button = ➕ Ongeza { $duration }
prepaid-not-refunded = Muda uliolipiwa mapema usipotumika, pesa hairudishwi yenyewe; meneja anaweza kuirudisha kupitia /payments (maelezo ya malipo ya mapema).
prepaid-refund-button = ↩️ Rudisha { $amount } (muda usiotumika)
prepaid-refunded = ↩️ Imerekodiwa: mrudishie { $customerName } { $amount } kwa cash kwa muda uliolipiwa mapema ambao haukutumika. Hakuna reversal ya M-Pesa inayofanywa.
prepaid-refunded-notice = ↩️ { $refundedBy } amemrudishia { $customer } { $amount } kwa cash kwa muda uliolipiwa mapema ambao haukutumika. Hakuna reversal ya M-Pesa.
prepaid-refund-drawer = Kutoka droo ya { $drawer }: inahesabiwa kwenye hesabu ya droo ya zamu ya { $drawer }.
prepaid-refund-no-drawer = Hakuna zamu iliyokuwa wazi, kwa hiyo hakuna droo iliyotozwa: ihesabu kwenye hesabu ya droo ijayo.
prepaid-already-refunded = Tayari imerudishwa: { $amount } na { $by } saa { $at }.
prepaid-nothing-unused = Hakuna muda uliolipiwa mapema ambao haujatumika: hakuna pesa ya kurudisha.
prepaid-ended-within = { $customerName }, { $duration }: hakuna zaidi cha kulipa. Alilipia mapema: { $prepaidDuration }, { $prepaidAmount }.



## computers

computers-name-empty = Andika jina la kompyuta, mfano PC-4.
computers-name-too-long = Jina la kompyuta lisizidi herufi { $max }, mfano PC-4.
computers-name-bad-characters = Jina la kompyuta ni herufi na namba (nafasi au kistari kati yake ni sawa), mfano PC-4.
computers-names-empty = Andika jina moja (PC-4), kadhaa (PC-4, PC-5) au mfululizo (PC-1..PC-20).
computers-names-bad-range = Mfululizo unaanza namba ndogo hadi kubwa, jina likiwa lilelile mbele ya namba, mfano PC-1..PC-20.
computers-names-too-many = Zisizidi kompyuta { $max } kwa mara moja.
computers-group-name-empty = Andika jina la kikundi, mfano Gaming.
computers-group-name-too-long = Jina la kikundi lisizidi herufi { $max }.
computers-group-name-bad-characters = Jina la kikundi ni herufi, namba na nafasi tu, mfano Gaming.
computers-none = Bado hakuna kompyuta kwenye orodha. Ziongeze, moja au mfululizo mzima (PC-1..PC-20): kisha /new itakupa zilizo wazi, na /sessions inaonyesha zote.
computers-header = Kompyuta ({ $count }):
computers-out-of-order-line = 🔧 Hazifanyi kazi: { $computers }
computers-retired-line = Zimeondolewa: { $computers } (ukiongeza jina tena, inarudi)
computers-tap-hint = Bonyeza kompyuta ili kuibadilisha jina, kuiweka kwenye kikundi, kuiweka kama haifanyi kazi au kuiondoa.
computers-add-button = ➕ Ongeza kompyuta
computers-previous-page = ◀️ Nyuma
computers-next-page = Mbele ▶️
computers-card-in-use = Inatumika: { $customer } tangu saa { $since }.
computers-card-free = Iko wazi.
computers-card-out-of-order = 🔧 Haifanyi kazi: haitolewi kwa vipindi vipya.
computers-rename-button = ✏️ Badilisha jina
computers-group-button = 🗂 Kikundi
computers-out-of-order-button = 🔧 Haifanyi kazi
computers-back-in-order-button = ✅ Inafanya kazi tena
computers-retire-button = 🗑 Ondoa
computers-all-button = ◀️ Kompyuta zote
computers-ask-names = Kompyuta zipi? Andika jina moja (PC-4), kadhaa (PC-4, PC-5) au mfululizo (PC-1..PC-20).
computers-ask-group = Weka { $computers } kwenye kikundi?
computers-no-group-button = Bila kikundi
computers-new-group-button = ➕ Kikundi kipya
computers-ask-group-name = Jina la kikundi kipya? (mfano Gaming)
computers-added = ✅ Zimeongezwa: { $computers }.
computers-added-to-group = ✅ Zimeongezwa: { $computers } ({ $group }).
computers-restored = ♻️ Zimerudishwa: { $computers }.
computers-already-listed = Tayari ziko kwenye orodha, hazijaguswa: { $computers }.
computers-ask-rename = Jina jipya la { $name }?
computers-name-kept = { $name } inabaki na jina lake.
computers-renamed = ✅ { $from } sasa ni { $to }.
computers-name-of-retired = { $name } ni jina la kompyuta iliyoondolewa: ili uitumie tena, ongeza { $name } kwenye /computers. Andika jina lingine, au /cancel.
computers-name-taken = Tayari kuna kompyuta inayoitwa { $name }. Andika jina lingine, au /cancel.
computers-moved = ✅ { $name } iko kwenye { $group }.
computers-moved-to-no-group = ✅ { $name } haiko kwenye kikundi chochote.
computers-marked-out-of-order = 🔧 { $name } haifanyi kazi: haitatolewa kwa vipindi vipya hadi itakapofanya kazi tena.
computers-marked-back-in-order = ✅ { $name } inafanya kazi tena.
computers-confirm-retire = Ondoa { $name }? Haitatolewa tena wala kuonekana kwenye orodha; vipindi vyake vya zamani vinabaki na jina lake. Ukiongeza { $name } tena, inarudi.
computers-confirm-retire-button = 🗑 Ndiyo, ondoa
computers-keep-button = ↩️ Hapana, iache
computers-retired = 🗑 { $name } imeondolewa.
computers-retire-busy = { $name } inatumika ({ $customer }): maliza kipindi hicho kwanza, kisha uiondoe.
computers-not-found = Kompyuta hiyo haipo tena kwenye orodha.



## payments

payment-state-not-requested = haijaombwa
payment-state-pending = inasubiri PIN
payment-state-paid = imelipwa
payment-state-failed = imeshindwa
payment-state-unknown = haijulikani: angalia M-Pesa

# Maneno ya kwanza ya bili baada ya End au kutoka /unpaid; $duration ni "none" muda usipoonyeshwa.
payment-settle-charge = { $customer } anadaiwa { $amount }{ $duration ->
        [none] {""}
       *[other] , { $duration }
    }
payment-settle-prepaid = (alilipia mapema { $duration } kwa { $prepaid }; { $amount } ni za muda uliozidi)
# Sehemu moja ya muda wa kipindi kwa bei ya saa hizo, kwenye orodha ndani ya mabano.
payment-settle-part = { $from }–{ $to } kwa { $rate }/saa: { $amount }
payment-settle-minimum = bei ya chini kabisa { $amount }
payment-settle-ask-send = Tuma ombi la M-Pesa kwa { $phone }?
payment-settle-ask-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa: tuma ombi kwa namba nyingine, au pokea cash.
payment-settle-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa. Bonyeza ✏️ Namba nyingine, au pokea cash.
payment-settle-send-button = 📲 Tuma ombi
payment-settle-other-number-button = ✏️ Namba nyingine
payment-settle-cash-button = 💵 Pokea cash
payment-settle-later-button = 🕓 Baadaye
payment-settle-lower-button = ✂️ Punguza kiasi
payment-settle-approval-pending = Kiasi kilichopunguzwa kinasubiri meneja akubali. Subiri jibu kabla ya kudai pesa.
payment-settle-retry-button = 🔁 Tuma tena
payment-settle-ask-number = Andika namba ya M-Pesa itakayopokea ombi (mfano 0712 345 678):
payment-settle-confirm-number = Tuma ombi la { $amount } kwa { $phone }?
payment-settle-confirm-button = ✅ Ndiyo, tuma
payment-settle-change-button = ✏️ Badilisha namba
payment-settle-waiting = 📲 Ombi la M-Pesa la { $amount } kwa { $phone } ({ $customer }): tunasubiri mteja aweke PIN…
payment-settle-refused = ❌ Ombi halikutumwa. { $reason }
payment-settle-cash = 💵 Cash { $amount } kutoka kwa { $customer }, imepokelewa na { $by }.
payment-settle-later = 🕓 { $customer } bado anadaiwa { $amount }: deni liko kwenye /unpaid.
# $method ni CASH, MPESA au none; $methodName ni jina la M-Pesa (ya majaribio au la).
payment-settle-already-paid = Hii ilishalipwa{ $method ->
        [CASH] {" "}kwa cash
        [MPESA] {" "}kwa { $methodName }{ $receipt ->
            [none] {""}
           *[other] , risiti { $receipt }
        }
       *[none] {""}
    }{ $by ->
        [none] {""}
       *[other] {" "}({ $by })
    }.
payment-settle-prompt-pending = Ombi la M-Pesa la bili hii linasubiri mteja aweke PIN. Subiri jibu (kama dakika moja) kabla ya kupokea cash au kutuma ombi lingine.
payment-settle-prompt-out = 📲 Ombi la M-Pesa la { $amount }{ $phone ->
        [none] {""}
       *[other] {" "}kwa { $phone }
    } ({ $customer }) lilishatumwa: tunasubiri mteja aweke PIN… Jibu litaonekana hapa.
payment-settle-not-found = Malipo hayo hayapo tena.

payment-adjust-ask-amount = { $customer } anadaiwa { $amount }. Andika kiasi kipya, kilicho chini ya hicho, kwa shilingi (au /cancel):
payment-adjust-invalid-amount = Andika shilingi kamili chini ya { $amount }, mfano { $example }.
payment-adjust-ask-reason = Kwa nini? Andika sababu (mfano punguzo, hitilafu ya kompyuta):
payment-adjust-working = ✂️ Tunapunguza kiasi…
payment-adjust-waiting = ✂️ { $to } badala ya { $from } kwa { $customer } ({ $reason }): inasubiri meneja akubali. Jibu litaonekana hapa.
payment-adjust-lowered = ✂️ Imepunguzwa kutoka { $from }: { $reason }.
payment-adjust-approved = ✅ { $by } amekubali { $to } badala ya { $from }.
payment-adjust-refused = ❌ { $by } amekataa kupunguza kiasi: kinabaki { $from }.
payment-adjust-paid-meanwhile = ✅ { $by } amekubali { $to }, lakini bili ilikuwa imeshalipwa: hakuna kilichopunguzwa.
payment-adjust-asked = ✂️ { $askedBy } anaomba bili ya { $customer } ipunguzwe kutoka { $from } hadi { $to } (punguzo la { $off }). Sababu: { $reason }
payment-adjust-approve-button = ✅ Kubali
payment-adjust-refuse-button = ❌ Kataa
payment-adjust-you-approved = ✅ Umekubali: { $customer } analipa { $to } badala ya { $from }. Mhudumu ameambiwa.
payment-adjust-you-refused = ❌ Umekataa: { $customer } bado anadaiwa { $from }. Mhudumu ameambiwa.
payment-adjust-already-decided = Ombi hili lilishajibiwa: { $decision ->
        [approved] limekubaliwa
       *[refused] limekataliwa
    }{ $by ->
        [none] {""}
       *[other] {" "}na { $by }
    }.
payment-adjust-not-found = Ombi hilo halipo tena.

payment-pay-ask-amount = Malipo kutoka kwa { $customer }. Kiasi gani, kwa shilingi?
payment-pay-invalid-amount = Andika shilingi kamili kuanzia 1 hadi 250,000, mfano 150.
payment-pay-ask-balance = Je, { $customer } atabaki na deni baada ya kulipa { $amount }? Andika kiasi kinachobaki, kwa shilingi: mfano 200 kama bili ilikuwa { $bill }. Andika 0 (au /skip) kama hakuna kinachobaki.
payment-pay-invalid-balance = Andika shilingi kamili (0 kama hakuna deni).
payment-pay-ask-date = Tarehe ya malipo? Andika leo, jana, au tarehe kama 28/11/2026. (/skip kwa leo)
payment-pay-invalid-date = Sijaweza kusoma tarehe hiyo. Andika leo, jana, au tarehe kama 28/11/2026.
payment-pay-future-date = Tarehe hiyo bado haijafika. Andika leo, jana, au tarehe iliyopita.
payment-pay-summary = { $amount } kutoka kwa { $customer } tarehe { $date }{ $balance ->
        [none] {""}
       *[other] , na bado atadaiwa { $balance }
    }. Analipa vipi?
payment-pay-summary-prompt = (📲 Tuma ombi: litaenda kwa { $phone })
payment-pay-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa: bonyeza ✏️ Namba nyingine, au pokea cash.

payment-list-empty = Bado hakuna malipo.
payment-list-header = Malipo ya karibuni{ $page ->
        [1] {""}
       *[other] {" "}(ukurasa { $page })
    }:
# $how ni njia ya malipo, au hali yake kama njia haijachaguliwa.
payment-list-item = { $icon } #{ $id } { $customer } · { $amount }{ $session ->
        [yes] {" "}(kipindi)
       *[no] {""}
    } · { $date } · { $how }
payment-list-details-hint = Bonyeza moja uone maelezo yake.
payment-list-next-page = Mbele ▶️
payment-list-previous-page = ◀️ Nyuma
payment-details-title = { $icon } Malipo #{ $id }: { $amount }{ $session ->
        [yes] {" "}ya kipindi
       *[no] {""}
    }
payment-details-lowered = (yamepunguzwa kutoka { $from }{ $by ->
        [none] {""}
       *[other] {" "}na { $by }
    }{ $approvedBy ->
        [none] {""}
       *[other] , yamekubaliwa na { $approvedBy }
    }: { $reason })
payment-details-customer = Mteja: { $customer } · { $phone }
payment-details-date = Tarehe: { $date }
payment-details-method = Njia: { $method ->
        [none] bado haijachaguliwa
       *[other] { $method }
    }{ $prompt ->
        [none] {""}
       *[other] , ombi kwa { $prompt }
    }
payment-details-state = Hali: { $state }
payment-details-receipt = Risiti: { $receipt }
payment-details-still-owed = Deni linalobaki baada ya malipo haya: { $amount }
payment-details-recorded = Imerekodiwa na { $by }, { $at }
payment-details-settled = Imepokelewa na { $by }{ $at ->
        [none] {""}
       *[other] , { $at }
    }
payment-details-refunded = ↩️ Pesa ya muda wa kulipia mapema usiotumika imerudishwa: { $amount } cash na { $by }, { $at }
payment-unpaid-empty = Hakuna deni. 🎉
payment-unpaid-header = Bado hayajalipwa{ $page ->
        [1] {""}
       *[other] {" "}(ukurasa { $page })
    }:
payment-unpaid-item = { $icon } #{ $id } { $customer }: { $amount }{ $session ->
        [yes] {" "}(kipindi)
       *[no] {""}
    }, { $date }, { $state }{ $simulated ->
        [none] {""}
       *[other] , { $simulated }
    }
payment-unpaid-hint = Bonyeza moja utume ombi la M-Pesa au upokee cash.


## mpesa

mpesa-phone-empty = Andika namba ya M-Pesa ya mteja, kwa mfano 0712 345 678.
mpesa-phone-not-a-phone-number = Hiyo haionekani kuwa namba ya simu. Iandike hivi: 0712 345 678.
mpesa-phone-too-short = Namba hiyo ni fupi mno. Namba ya Safaricom ina tarakimu 10, kama 0712 345 678.
mpesa-phone-too-long = Namba hiyo ni ndefu mno. Namba ya Safaricom ina tarakimu 10, kama 0712 345 678.
mpesa-phone-not-kenyan = Hiyo si namba ya Kenya. Ombi la M-Pesa linatumwa kwa namba za Safaricom za Kenya tu.
mpesa-phone-not-mobile = Hiyo si namba ya simu ya mkononi. Andika laini ya Safaricom ya mteja, kama 0712 345 678.
mpesa-phone-not-safaricom = Namba hiyo si ya Safaricom, kwa hiyo haiwezi kupokea ombi la M-Pesa. Tumia namba nyingine au pokea cash.
mpesa-phone-other-network = Namba hiyo ni ya { $network }, si Safaricom, kwa hiyo haiwezi kupokea ombi la M-Pesa. Tumia namba nyingine au pokea cash.

mpesa-error-not-configured = M-Pesa bado haijawekwa kwenye huduma hii. Mwambie meneja aangalie mipangilio ya M-Pesa.
mpesa-error-wrong-credentials = Safaricom imekataa funguo za M-Pesa za cyber. Mwambie meneja aangalie consumer key, secret na passkey.
mpesa-error-wrong-shortcode = Safaricom haitambui namba ya Paybill au Till ya cyber. Mwambie meneja aangalie mipangilio ya M-Pesa.
mpesa-error-token-rejected = Safaricom imekataa ruhusa ya M-Pesa ya cyber. Mwambie meneja ahakikishe M-Pesa Express imewashwa kwenye app ya Daraja.
mpesa-error-subscriber-locked = Mteja ana ombi lingine la M-Pesa ambalo bado liko wazi; jaribu tena baada ya dakika moja.
mpesa-error-system-busy = M-Pesa ina msongamano sasa hivi; jaribu tena baada ya dakika chache.
mpesa-error-invalid-phone = Safaricom haikukubali namba hiyo ya simu. Ihakikishe na mteja.
mpesa-error-invalid-amount = M-Pesa inapokea shilingi kamili kuanzia 1 hadi 250,000; angalia kiasi.
mpesa-error-invalid-callback-url = Anwani ambayo M-Pesa hutuma majibu si sahihi. Mwambie meneja aangalie anwani ya huduma kwenye mtandao.
mpesa-error-urls-already-registered = Safaricom tayari ina anwani za malipo zilizosajiliwa kwa Paybill au Till ya cyber; kuzibadilisha ni kupitia Safaricom (apisupport@safaricom.co.ke).
mpesa-error-invalid-request = M-Pesa imekataa maelezo ya ombi. Jaribu tena; likitokea tena, mwambie meneja.
mpesa-error-transaction-not-found = Safaricom haina rekodi ya ombi hilo la M-Pesa. Angalia SMS za M-Pesa za mteja kabla ya kutuma ombi lingine.
mpesa-error-network = Imeshindwa kufikia M-Pesa, kwa hiyo hakuna kilichotumwa. Angalia internet kisha jaribu tena.
mpesa-error-timeout = M-Pesa haikujibu kwa wakati. Jaribu tena baada ya dakika moja.
mpesa-error-push-outcome-unknown = Haijulikani kama ombi lilimfikia mteja; angalia SMS zake za M-Pesa kabla ya kutuma tena.
mpesa-error-unexpected-response = M-Pesa imetuma jibu lisiloeleweka. Jaribu tena baada ya dakika moja; likiendelea, mwambie meneja.
mpesa-error-daraja-error = M-Pesa imekataa ombi. Jaribu tena baada ya dakika moja; likiendelea, mwambie meneja.

mpesa-failure-insufficient-funds = Mteja hana pesa za kutosha kwenye M-Pesa.
mpesa-failure-amount-below-minimum = Kiasi ni chini ya kiwango cha chini cha M-Pesa.
mpesa-failure-amount-above-maximum = Kiasi kinazidi kiwango ambacho M-Pesa inaruhusu kwa muamala mmoja.
mpesa-failure-daily-limit-reached = Mteja amefikia kikomo chake cha M-Pesa cha siku.
mpesa-failure-balance-limit-reached = M-Pesa imekataa: akaunti ingezidi kikomo chake cha salio.
mpesa-failure-duplicate-request = Kiasi hichohicho kiliombwa kwa mteja huyu chini ya dakika mbili zilizopita; subiri kidogo kabla ya kutuma tena.
mpesa-failure-system-busy = M-Pesa ilikuwa na msongamano; jaribu tena baada ya dakika chache.
mpesa-failure-subscriber-locked = Mteja alikuwa na ombi lingine la M-Pesa lililo wazi; jaribu tena baada ya dakika moja.
mpesa-failure-expired = Muda wa ombi uliisha kabla mteja hajajibu.
mpesa-failure-prompt-not-sent = M-Pesa imeshindwa kutuma ombi kwenye simu ya mteja; jaribu tena.
mpesa-failure-cancelled = Mteja ameghairi.
mpesa-failure-unreachable = Simu ya mteja haikupatikana (imezimwa, haina mtandao, au ombi lilipuuzwa).
mpesa-failure-wrong-pin = Mteja ameweka PIN ya M-Pesa isiyo sahihi.
mpesa-failure-merchant-misconfigured = Safaricom imekataa malipo kwa sababu ya mipangilio ya Paybill au Till ya cyber. Mwambie meneja aangalie mipangilio ya M-Pesa.

mpesa-outcome-paid = Imelipwa.
mpesa-outcome-pending = Inasubiri mteja aweke PIN yake ya M-Pesa.
mpesa-outcome-unknown = M-Pesa imetoa jibu lisilojulikana; angalia SMS za M-Pesa za mteja kabla ya kutuma tena.


## notices

notice-setup-fix-not-configured = Mipangilio ya M-Pesa haipo: weka MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET, MPESA_PASSKEY na shortcode.
notice-setup-fix-wrong-credentials = Safaricom inakataa funguo za cyber: angalia MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET na MPESA_PASSKEY (na kwamba ni za mazingira haya, sandbox au production).
notice-setup-fix-wrong-shortcode = Safaricom haitambui shortcode pamoja na funguo hizi: angalia MPESA_SHORTCODE, MPESA_EXPRESS_SHORTCODE na MPESA_SHORTCODE_TYPE.
notice-setup-fix-token-rejected = Safaricom inakataa ruhusa ya cyber: hakikisha app ya Daraja ina huduma ya M-Pesa Express na kwamba funguo ni za mazingira haya.
notice-setup-fix-invalid-callback-url = Safaricom inakataa anwani ya callback: angalia PUBLIC_URL au MPESA_CALLBACK_URL (HTTPS ya umma, inayoishia na /mpesa/callback/).

notice-operator-paid = ✅ Imelipwa: { $amount } kutoka kwa { $customer } kwa M-Pesa{ $receipt ->
        [none] {" "}(Safaricom imethibitisha; risiti itaonekana kwenye statement)
       *[other] , risiti { $receipt }
    }.
notice-operator-paid-after-all = ✅ Imelipwa hatimaye: M-Pesa sasa inathibitisha { $amount } kutoka kwa { $customer }{ $receipt ->
        [none] {""}
       *[other] , risiti { $receipt }
    }, ingawa mwanzoni ilisema hakuna malipo. Usimwombe tena.
notice-operator-failed = ❌ Malipo ya M-Pesa ya { $amount } ({ $customer }) hayakufaulu: { $reason }
notice-operator-unknown = ❓ Hakuna jibu la mwisho kutoka M-Pesa kwa { $amount } ({ $customer }, { $phone }). Angalia SMS za M-Pesa za mteja au statement kabla ya kuomba tena.
notice-operator-amount-mismatch = ⚠️ M-Pesa imeripoti { $paid } badala ya { $amount } kwa { $customer }. Haijahesabiwa kama imelipwa; mameneja wameambiwa.
notice-operator-paid-twice = ⚠️ { $customer } amelipa tena { $amount } kwa M-Pesa{ $receipt ->
        [none] {""}
       *[other] {" "}(risiti { $receipt })
    }, lakini bili hii ilikuwa imeshalipwa. Mameneja wameambiwa.

notice-manager-paid = ✅ { $amount } imelipwa kwa M-Pesa: { $customer }{ $bill ->
        [session] {" "}(kipindi)
       *[other] {""}
    }{ $receipt ->
        [none] {""}
       *[other] , risiti { $receipt }
    }. Imeombwa na { $by }.
notice-manager-voided = 🗑 Kipindi kimefutwa na { $by } saa { $voidedAt }: { $customer }{ $computer ->
        [none] {""}
       *[other] {" "}kwenye { $computer }
    }, kilianza saa { $startedAt }. Hakuna kilichotozwa. Sababu: { $reason }
notice-manager-cash = 💵 { $amount } imelipwa kwa cash: { $customer }{ $bill ->
        [session] {" "}(kipindi)
       *[other] {""}
    }. Imepokelewa na { $by }.
notice-manager-paid-after-all = ✅ Imelipwa hatimaye: { $amount } kwa M-Pesa kutoka kwa { $customer }{ $bill ->
        [session] {" "}(kipindi)
       *[other] {""}
    }{ $receipt ->
        [none] {""}
       *[other] , risiti { $receipt }
    }, ingawa M-Pesa ilisema mwanzoni kuwa imeshindwa au haikujibiwa. Imeombwa na { $by }.
notice-manager-failed = ❌ Malipo ya M-Pesa hayakufaulu: { $amount } ya { $customer }, yaliombwa na { $by }. { $reason }
notice-manager-unknown = ❓ Hakuna jibu la mwisho kutoka M-Pesa kwa { $amount } ({ $customer }, { $phone }), iliombwa na { $by }. Angalia statement ya M-Pesa.
notice-manager-amount-mismatch = ⚠️ Kiasi hakilingani: M-Pesa imeripoti { $paid }{ $receipt ->
        [none] {""}
       *[other] {" "}(risiti { $receipt })
    } kwa ombi la { $amount } kutoka kwa { $customer }. Haijahesabiwa kama imelipwa: angalia statement na ushughulikie mwenyewe.
notice-manager-setup-problem = ⚠️ Maombi ya M-Pesa yanakataliwa (la mwisho: { $amount } kwa { $customer }, liliombwa na { $by }). { $fix } Mpaka hapo, pokea cash.
notice-manager-unmatched = ⚠️ M-Pesa inaripoti { $amount } zimepokelewa{ $phone ->
        [none] {""}
       *[other] {" "}kutoka { $phone }
    }{ $at ->
        [none] {""}
       *[other] {" "}tarehe { $at }
    }, risiti { $receipt }, kwa ombi ambalo mfumo huu hauna rekodi yake. Mtafute mteja na ushughulikie mwenyewe.
notice-manager-paid-twice = ⚠️ Imelipwa mara mbili: { $customer } amelipa { $amount } kwa M-Pesa{ $receipt ->
        [none] {""}
       *[other] {" "}(risiti { $receipt })
    } kwa bili iliyokuwa imeshalipwa{ $earlier ->
        [CASH] {" "}kwa cash
       *[other] {""}
    }. Rudisha pesa ya mojawapo.

notice-summary-simulated = 🧪 M-Pesa ya majaribio: hakuna pesa halisi iliyotumwa.
notice-summary-heading = { $minutes ->
        [one] Katika dakika moja iliyopita
       *[other] Katika dakika { $minutes } zilizopita
    } (taarifa { $count } kwa ujumbe mmoja):
notice-summary-mpesa-paid = ✅ Malipo { $count } ya M-Pesa, { $total }
notice-summary-cash-paid = 💵 Malipo { $count } ya cash, { $total }
notice-summary-mpesa-failed = ❌ Malipo { $count } ya M-Pesa hayakufaulu, { $total }
notice-summary-mpesa-unknown = ❓ Malipo { $count } bila jibu la mwisho kutoka M-Pesa, { $total }
notice-summary-footer = /payments inaonyesha kila moja.


## manager

# /invite
manager-invite-ask-role = Unamwalika nani?
manager-invite-operator-button = 🧑‍💻 Mhudumu
manager-invite-manager-button = 👔 Meneja
manager-invite-link =
    Link ya mwaliko ya { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }:
    { $link }

    Mtumie mtu huyo peke yake. Inafanya kazi mara moja tu, hadi { $until }; atakayeifungua anaingia kama { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }. /invites inaonyesha link ambazo hazijatumika na kuzifuta.

# /invites
manager-invites-header = { $count ->
        [0] Hakuna link ya mwaliko inayosubiri kutumika. /invite inatengeneza mpya.
       *[other] Link za mwaliko ambazo hazijatumika ({ $count }):
    }
manager-invites-item = { $number }. Ya { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }, imetengenezwa na { $by }, inafanya kazi hadi { $until }
# An invite made on the server with `npm run invite`.
manager-invites-item-by-server = { $number }. Ya { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }, imetengenezwa kwenye server (npm run invite), inafanya kazi hadi { $until }
manager-invites-revoke-button = 🗑 Futa { $number } ({ $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    })
manager-invites-revoked = Imefutwa: link hiyo haifanyi kazi tena.
manager-invites-gone = Link hiyo ilishatumika au ilishafutwa.

# /staff
manager-staff-header = Wafanyakazi ({ $count }):
# $you: yes for the manager reading the list; $state: active or deactivated.
manager-staff-item = { $state ->
        [deactivated] ⚪
       *[active] 🟢
    } { $name } – { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }{ $you ->
        [yes] {" "}(wewe)
       *[no] {""}
    }{ $state ->
        [deactivated] , amesimamishwa
       *[active] {""}
    }
manager-staff-deactivate-button = 🚫 Simamisha { $name }
manager-staff-confirm-deactivate = Umsimamishe { $name } ({ $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    })? Bot itaacha kumjibu papo hapo, hatapata taarifa za malipo tena, na link za mwaliko alizotengeneza ambazo hazijatumika zitaacha kufanya kazi. Ukitaka arudi, mrudishe hapa (♻️ Rudisha { $name }); link ya mwaliko haiwezi kumrudisha.
manager-staff-confirm-button = 🚫 Ndiyo, simamisha
manager-staff-keep-button = ↩️ Hapana, abaki
manager-staff-deactivated = { $name } amesimamishwa.{ $revokedInvites ->
        [0] {""}
        [one] {" "}Link { $revokedInvites } ya mwaliko aliyotengeneza haifanyi kazi tena.
       *[other] {" "}Link { $revokedInvites } za mwaliko alizotengeneza hazifanyi kazi tena.
    }
manager-staff-shift-closed-uncounted = Zamu ya { $name } imefungwa bila hesabu ya droo: droo inapaswa kuwa na { $expected }.
manager-staff-not-found = Mtu huyo hayupo tena kwenye orodha ya wafanyakazi.
manager-staff-self = Huwezi kujisimamisha mwenyewe. Muombe meneja mwingine.
manager-staff-already-inactive = { $name } alishasimamishwa.
manager-staff-reactivate-button = ♻️ Rudisha { $name }
manager-staff-confirm-reactivate = Umrudishe { $name } kama { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }? Ataweza kutumia bot tena papo hapo.
manager-staff-confirm-reactivate-button = ♻️ Ndiyo, mrudishe
manager-staff-keep-out-button = ↩️ Hapana
manager-staff-reactivated = { $name } amerudi kwenye wafanyakazi.
manager-staff-already-active = { $name } hajasimamishwa.
# $role: the role the button gives.
manager-staff-role-button = { $role ->
        [MANAGER] ⬆️ Mfanye { $name } meneja
       *[OPERATOR] ⬇️ Mfanye { $name } mhudumu
    }
manager-staff-confirm-make-manager = Umfanye { $name } meneja? Ataweza kutumia amri za mameneja papo hapo, zikiwemo /staff, /invite, /tariff, /report, /export na /audit, na atapata taarifa ya kila malipo.
manager-staff-confirm-make-operator = Umfanye { $name } mhudumu? Atapoteza amri za mameneja papo hapo na hatapata taarifa za malipo tena.
manager-staff-confirm-make-yourself-operator = Ujifanye mhudumu? Utapoteza amri za mameneja papo hapo na hutapata taarifa za malipo tena.
manager-staff-confirm-role-button = { $role ->
        [MANAGER] ⬆️ Ndiyo, mfanye meneja
       *[OPERATOR] ⬇️ Ndiyo, mfanye mhudumu
    }
manager-staff-role-changed = { $name } sasa ni { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }.
manager-staff-role-changed-yourself = Sasa wewe ni { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }.
# The role changed since the list was shown, or the person was deactivated: nothing done.
manager-staff-role-stale = { $name } tayari ni { $role ->
        [MANAGER] meneja
       *[OPERATOR] mhudumu
    }: hakuna kilichobadilika.
manager-staff-role-stale-deactivated = { $name } amesimamishwa: hakuna kilichobadilika.
# For the person whose role changed.
manager-staff-you-are-manager = { $by } amekufanya meneja. Sasa unaweza kutumia /staff, /invite, /invites, /tariff, /computers, /report, /export na /audit (angalia menyu ya amri zako), na utapata taarifa ya kila malipo.
manager-staff-you-are-operator = { $by } amekufanya mhudumu. Amri za mameneja (/staff, /tariff, /report, /audit na nyingine) si zako tena, na utapata taarifa za malipo unayoomba tu; menyu ya amri zako inaonyesha unachoweza kutumia.
manager-staff-last-manager = Cyber inahitaji angalau meneja mmoja: mfanye mtu mwingine meneja kwanza.

# /tariff
manager-tariff-rate-line = • { $rate } kwa saa, inahesabiwa kwa kila sekunde
# $window: "06:00–09:00".
manager-tariff-window-line = • { $window }: { $rate } kwa saa
manager-tariff-minimum-line = • Bei ya chini kabisa: { $minimum }
manager-tariff-rounding-line = • Senti: { $rounding ->
        [UP] zinapandishwa juu kila mara
        [DOWN] zinashushwa chini kila mara
       *[HALF_UP] nusu juu, kwa shilingi iliyo karibu
    }
manager-tariff-now = Bei sasa:
manager-tariff-changed-by = Imebadilishwa na { $by } tarehe { $at }.
manager-tariff-changed-by-former-staff = Imebadilishwa tarehe { $at } na mtu ambaye si mfanyakazi tena.
manager-tariff-default = Hii ni bei ya kawaida kutoka kwenye mipangilio; hakuna meneja aliyeibadilisha bado.
manager-tariff-group-own = Kompyuta za { $group }, bei yao maalum:
manager-tariff-group-uses-cafe = Kompyuta za { $group }: bei iliyo hapo juu.
manager-tariff-change-button = ✏️ Badilisha bei ya cyber
manager-tariff-change-group-button = ✏️ Badilisha bei ya { $group }
manager-tariff-clear-group-button = ↩️ { $group }: tumia bei ya cyber
manager-tariff-group-cleared = Kompyuta za { $group } sasa zinatumia bei ya cyber kwa vipindi vitakavyoanza kuanzia sasa; vipindi vinavyoendelea vinabaki na bei vilivyoanza nayo.
manager-tariff-group-gone = Kikundi hicho hakipo tena.
manager-tariff-group-changed-meanwhile = { $by } alibadilisha bei ya { $group } baada ya wewe kuiangalia, kwa hiyo sikurudisha { $group } kwenye bei ya cyber. Hii ndiyo bei sasa.
manager-tariff-group-changed-meanwhile-by-someone = Mtu mwingine alibadilisha bei ya { $group } baada ya wewe kuiangalia, kwa hiyo sikurudisha { $group } kwenye bei ya cyber. Hii ndiyo bei sasa.
manager-tariff-ask-rate = Bei mpya kwa saa, kwa shilingi kamili? (sasa { $now })
manager-tariff-ask-group-rate = Bei ya kompyuta za { $group }. Bei mpya kwa saa, kwa shilingi kamili? (sasa { $now })
manager-tariff-invalid-rate = Andika shilingi kamili kuanzia 1 hadi { $max }, mfano 60.
# $now: the windows set now, or manager-tariff-no-windows.
manager-tariff-ask-windows =
    Bei tofauti kwa nyakati fulani za siku? Moja kwa kila mstari: muda (kwa saa ya cyber) na bei kwa saa, mfano
    06:00-09:00 50
    22:00-06:00 60 (muda unaweza kuvuka usiku wa manane)
    Tuma hakuna kwa bei moja siku nzima, au /skip kubaki na nyakati zilizopo sasa ({ $now }).
manager-tariff-no-windows = hakuna
# $problem: one of the manager-tariff-windows-… messages.
manager-tariff-invalid-windows = { $problem } Tuma nyakati tena, au hakuna.
manager-tariff-windows-unreadable = Sikuweza kusoma “{ $line }”: andika muda kama mwanzo-mwisho bei, mfano 06:00-09:00 50.
manager-tariff-windows-time = Saa ni kuanzia 00:00 hadi 24:00.
manager-tariff-windows-empty = Muda lazima uishe saa tofauti na ulipoanza.
manager-tariff-windows-rate = Bei ni shilingi kamili kuanzia 1 hadi { $max }.
manager-tariff-windows-too-many = Nyakati zisizidi { $max }.
manager-tariff-windows-overlap = Nyakati mbili zinaingiliana: kila saa ya siku inaweza kuwa na bei moja tu.
manager-tariff-ask-minimum = Bei ya chini kabisa kwa kipindi, kwa shilingi kamili? (sasa { $now })
manager-tariff-invalid-minimum = Andika shilingi kamili kuanzia 1 hadi { $max }, mfano 10.
manager-tariff-ask-rounding =
    Senti zikadiriwe vipi?
    Nusu juu: 12.50 → 13, 12.40 → 12
    Juu: 12.10 → 13
    Chini: 12.90 → 12
manager-tariff-half-up-button = Nusu juu
manager-tariff-up-button = Juu
manager-tariff-down-button = Chini
manager-tariff-new = Bei mpya:
manager-tariff-new-for-group = Bei mpya ya kompyuta za { $group }:
manager-tariff-windows-explained = Kila sehemu ya kipindi inalipiwa kwa bei ya wakati wake wa siku; sehemu zinajumlishwa kamili, zinakadiriwa mara moja, kisha zinapandishwa hadi bei ya chini kabisa kama ziko chini yake.
# $examples: "30 min → KES 50, 1 h → KES 100".
manager-tariff-examples = Mfano: { $examples }.
manager-tariff-examples-outside-windows = Mfano, nje ya nyakati hizo: { $examples }.
manager-tariff-save-question = Inatumika kwa vipindi vitakavyoanza kuanzia sasa; vipindi vinavyoendelea vinabaki na bei vilivyoanza nayo. Ihifadhi?
manager-tariff-save-button = ✅ Hifadhi
manager-tariff-discard-button = ✖️ Usibadilishe
manager-tariff-saved = ✅ Bei imebadilishwa. Vipindi vitakavyoanza kuanzia sasa vinalipiwa kwa bei hii; vipindi vinavyoendelea vinabaki na bei vilivyoanza nayo.
manager-tariff-saved-for-group = ✅ Bei ya { $group } imebadilishwa. Vipindi vitakavyoanza kuanzia sasa kwenye kompyuta za { $group } vinalipiwa kwa bei hii; vipindi vinavyoendelea vinabaki na bei vilivyoanza nayo.
manager-tariff-discarded = Hakuna kilichobadilishwa; bei inabaki ilivyokuwa.
manager-tariff-changed-meanwhile = { $by } alibadilisha bei ulipokuwa ukijibu, kwa hiyo sikuhifadhi yako. /tariff inaonyesha bei sasa.
manager-tariff-changed-meanwhile-by-someone = Mtu mwingine alibadilisha bei ulipokuwa ukijibu, kwa hiyo sikuhifadhi yako. /tariff inaonyesha bei sasa.
manager-tariff-invalid = Bei hiyo si sahihi, kwa hiyo hakuna kilichobadilishwa. Tuma /tariff ujaribu tena.

# /customers
manager-customer-no-match = Hakuna mteja anayelingana na “{ $query }”. Andika sehemu nyingine ya jina, namba ya simu au namba ya ID, au /cancel.
manager-customer-pick = Chagua mteja:
manager-customer-pick-among-first = Chagua mteja. Wanaonyeshwa { $limit } wa kwanza tu; kuona wengine, tuma /customers na sehemu zaidi ya jina, mfano /customers jane wanjiru.
manager-customer-phone = Namba ya simu: { $phone }
manager-customer-id-number = Namba ya ID: { $idNumber }
manager-customer-note = Maelezo: { $note }
manager-customer-unpaid = Deni: { $unpaid } (angalia /unpaid)
manager-customer-nothing-unpaid = Deni: hakuna
manager-customer-latest-balance = Deni lililobaki kwenye malipo ya mwisho: { $balance }
manager-customer-no-sessions = Hakuna vipindi bado.
manager-customer-sessions = Vipindi vya karibuni:
manager-customer-session-running = kinaendelea sasa
manager-customer-no-payments = Hakuna malipo bado.
manager-customer-payments = Malipo ya karibuni:
# $forSession: yes or no; $receipt: none when there is none.
manager-customer-payment = { $icon } #{ $id } { $amount }{ $forSession ->
        [yes] {" "}(kipindi)
       *[no] {""}
    }, { $date }, { $method }, { $state }{ $receipt ->
        [none] {""}
       *[other] , risiti { $receipt }
    }
manager-customer-change-phone-button = 📱 Badilisha namba ya simu
manager-customer-change-name-button = ✏️ Badilisha jina
manager-customer-ask-phone = Namba mpya ya M-Pesa ya { $name }? (sasa { $phone }) Mfano 0712 345 678.
manager-customer-ask-first-name = Jina la kwanza? (sasa { $current }; /skip inalibakiza)
manager-customer-ask-last-name = Jina la mwisho? (sasa { $current }; /skip inalibakiza)
# $problem: why the name was refused.
manager-customer-invalid-name = { $problem } Au tuma /skip kulibakiza.
manager-customer-saved = ✅ Imehifadhiwa: { $label }
manager-customer-not-found = Mteja huyo hayupo tena.



## audit

audit-role = { $role ->
    [MANAGER] meneja
   *[OPERATOR] mhudumu
}
audit-a-customer = mteja
audit-someone = mtu fulani
audit-on-computer = {" "}kwenye { $computer }
audit-with-receipt = , risiti { $receipt }
audit-from-phone = {" "}kutoka { $phone }
audit-session-started = alianzisha kipindi cha { $customer }{ $on }
audit-session-ended = alimaliza kipindi cha { $customer }: deni { $amount }
audit-session-ended-nothing-owed = alimaliza kipindi cha { $customer }: hakuna deni zaidi
audit-session-voided = alifuta kipindi cha { $customer }{ $on }: “{ $reason }”
audit-phone-changed = alibadilisha namba ya simu ya { $customer } kutoka { $from } kuwa { $to }
audit-prompt-sent = alimtumia { $customer } ombi la M-Pesa la { $amount } kwenye { $phone }
audit-prompt-sent-to-other-number = alimtumia { $customer } ombi la M-Pesa la { $amount } kwenye namba nyingine, { $phone } (namba yake iliyohifadhiwa: { $saved })
audit-cash-taken = alipokea { $amount } cash kutoka kwa { $customer }
audit-prepayment-recorded = alirekodi deni la { $amount } kwa { $customer }: { $duration } za kulipia mapema
audit-payment-recorded = alirekodi deni la { $amount } kwa { $customer } (tarehe { $date })
audit-amount-lowered = alipunguza { $from } ya { $customer } hadi { $amount }: “{ $reason }”
audit-amount-lowered-when-asked = alipunguza { $from } ya { $customer } hadi { $amount } (aliombwa na { $askedBy }): “{ $reason }”
audit-prepaid-refunded = alimrudishia { $customer } { $amount } cash kwa muda wa kulipia mapema ambao haukutumika
audit-tariff-cleared = alirudisha { $group } kwenye bei ya cyber
audit-rounding = { $rounding ->
    [HALF_UP] nusu juu
    [UP] juu
    [DOWN] chini
   *[other] { $rounding }
}
audit-tariff-rates = { $windows ->
    [0] bei moja siku nzima
    [one] bei { $windows } ya nyakati za siku
   *[other] bei { $windows } za nyakati za siku
}
audit-tariff-changed = alibadilisha bei ya cyber kuwa { $rate }/saa, bei ya chini kabisa { $minimum }, senti { $rounding }, { $rates }
audit-tariff-changed-for-group = alibadilisha bei ya { $group } kuwa { $rate }/saa, bei ya chini kabisa { $minimum }, senti { $rounding }, { $rates }
audit-staff-invited = alitengeneza link ya mwaliko kwa { $role } mpya
audit-staff-joined = alijiunga na wafanyakazi kama { $role }
audit-staff-joined-when-invited = alijiunga na wafanyakazi kama { $role } (alialikwa na { $invitedBy })
audit-staff-role-changed = alimfanya { $person } kuwa { $role }
audit-staff-deactivated = alimsimamisha { $person } ({ $role })
audit-staff-reactivated = alimrudisha { $person } ({ $role })
audit-shift-opened = alifungua zamu na float ya { $amount }
audit-shift-closed-uncounted = alifunga zamu ya { $person } bila kuhesabu (alisimamishwa): { $expected } zilitarajiwa kwenye droo
audit-shift-short = pungufu { $amount }
audit-shift-over = ziada { $amount }
audit-shift-no-difference = hakuna tofauti
audit-shift-closed = alifunga zamu: alihesabu { $counted }, zilitarajiwa { $expected }, { $verdict }
audit-callback-unmatched = ⚠️ { $amount } zililipwa{ $fromPhone } bila ombi tunalolijua{ $receipt }: zishughulikie mwenyewe
audit-amount-mismatch = ⚠️ { $customer } alilipa { $amount } badala ya { $asked } zilizoombwa{ $receipt }: hazijaingizwa, angalia statement
audit-paid-after-failure = ⚠️ { $customer } alilipa { $amount } baada ya ombi kuripotiwa limeshindwa au halikujibiwa{ $receipt }: zimeingizwa
audit-paid-twice = ⚠️ { $customer } alilipa { $amount } kwa M-Pesa kwa bili iliyokuwa imeshalipwa{ $receipt }: amelipa mara mbili, rudisha pesa ya mojawapo
# Jinsi pesa iliyolipwa kupitia menyu ya M-Pesa ilivyopata bili yake, baada ya bili.
audit-placement = { $placement ->
    [REFERENCE] {" "}(kwa namba yake ya akaunti)
    [AMOUNT_AND_PHONE] {" "}(bili pekee ya kiasi hicho kwa namba hiyo ya simu)
    [RECEIPT_CHECK] {" "}baada ya kuangalia risiti
   *[other] {""}
}
audit-menu-payment-placed = { $amount } zilizolipwa kupitia menyu ya M-Pesa{ $receipt } ziliwekwa kwenye bili ya { $customer } { $reference }{ $how }
audit-menu-payment-placed-by-staff = aliweka { $amount } zilizolipwa kupitia menyu ya M-Pesa{ $receipt } kwenye bili ya { $customer } { $reference }{ $how }
audit-menu-payment-unplaced = ⚠️ { $amount } zilizolipwa kupitia menyu ya M-Pesa{ $fromPhone }{ $receipt } hazilingani na bili yoyote: zinasubiri kwenye /unplaced
audit-menu-payment-set-aside = aliweka kando { $amount } zilizolipwa kupitia menyu ya M-Pesa{ $receipt }: “{ $note }”
audit-by-server = Mfumo
audit-title = 📜 Kumbukumbu, za karibuni kwanza
audit-title-of = 📜 Kumbukumbu za { $name }, za karibuni kwanza
audit-title-of-customer = 📜 Kumbukumbu za mteja { $name }, za karibuni kwanza
audit-someone-no-longer-found = mtu asiyepatikana tena
audit-empty = Bado hakuna kilichorekodiwa.
audit-empty-filtered = Bado hakuna kilichorekodiwa kwake.
audit-older-button = ⬅️ Za zamani
audit-newer-button = Za karibuni ➡️
audit-people-button = 👤 Kwa mtu
audit-everyone-button = 📜 Wote
audit-pick-person = Kumbukumbu za nani? Bonyeza mtu (au andika /audit na sehemu ya jina au namba ya simu ya mteja).
audit-pick-match = Watu kadhaa wanalingana na “{ $query }”. Bonyeza mmoja:
audit-deactivated-staff-button = 👤 { $name } (amesimamishwa)
audit-no-match = Hakuna mfanyakazi wala mteja anayelingana na “{ $query }”. Andika /audit na sehemu ya jina au namba ya simu, au /audit peke yake kuona wote.



## exports

# Jina la jedwali, kama faili lake linavyoitwa.
exports-table = { $table ->
    [payments] malipo
    [sessions] vipindi
    [customers] wateja
    [shifts] zamu
    [audit] kumbukumbu
   *[other] { $table }
}
# Mistari ya jedwali ni nini, baada ya "hakuna".
exports-rows-of = { $table ->
    [payments] malipo
    [sessions] vipindi
    [customers] wateja
    [shifts] zamu
    [audit] kumbukumbu
   *[other] { $table }
}
exports-either = { $others } au { $last }
exports-rows = { $count ->
    [one] mstari { $count }
   *[other] mistari { $count }
}
exports-nothing = 📤 Hakuna cha ku-export kwa { $period }: hakuna { $tables } katika siku hizi.
exports-sent = 📤 Export ya { $period }:
exports-table-empty = hakuna katika siku hizi, hakuna faili
exports-how-to-read = Saa ziko kwa { $timeZone } pamoja na tofauti yake na UTC; kiasi ni shilingi kamili (KES). Seli ambayo ingeanza na = + - au @ inaanza na ' ili spreadsheet isiiendeshe kama formula.



## reports

report-period-examples = mfano { $command }, { $command } jana, { $command } wiki, { $command } mwezi, { $command } 28/11/2026 au { $command } 1/11/2026-15/11/2026
report-period-unreadable = Sijaelewa muda huo. Andika siku moja, tarehe ya kuanzia hadi ya mwisho, au neno, { $examples }.
report-period-no-such-date = Tarehe hiyo haipo. Andika siku halisi, mfano { $command } 28/11/2026.
report-period-future = Tarehe hiyo bado haijafika: { $command } inaonyesha siku zilizoanza tu, { $examples }.
report-period-backwards = Tarehe ya mwisho iko kabla ya ya kuanzia. Weka tarehe ya mapema kwanza, mfano { $command } 1/11/2026-15/11/2026.
report-period-too-long = { $command } inaonyesha hadi siku { $days } tu. Omba muda mfupi zaidi, mfano { $command } 1/11/2026-15/11/2026.

report-title = 📊 Ripoti ya { $period }
report-as-of = Kufikia { $time }
report-takings-none = 💰 Mapato: hakuna pesa iliyoingia.
report-takings = 💰 Mapato: { $amount } (malipo { $count })
report-takings-mpesa = Kwa M-Pesa: { $amount }
report-takings-simulated = 🧪 Kati ya hizo, za majaribio, si pesa halisi: { $amount }
report-takings-cash = Kwa cash: { $amount }
report-by-operator = Kwa kila mhudumu:
report-refunds = ↩️ Iliyorudishwa kwa cash (muda uliolipiwa mapema usiotumika): { $amount }
report-net-cash = 💵 Cash halisi (iliyopokelewa ukitoa iliyorudishwa): { $amount }
report-sessions-none = 🖥 Vipindi: hakuna kilichoisha.
report-sessions = 🖥 Vipindi vilivyoisha: { $count }, muda uliouzwa { $sold }, wastani { $average }
report-owed-none = ✅ Hakuna deni kwa siku hizi.
report-owed = ⏳ Bado inadaiwa: { $amount } (malipo { $count })
report-owed-by-reason = { $reason ->
    [not_requested] Bado haijaombwa
    [failed] Ombi la M-Pesa halikufaulu
    [unknown] Hakuna jibu kutoka M-Pesa
   *[mismatch] Kiasi tofauti kimelipwa
  }: { $amount }
report-waiting = ⌛ Inasubiri mteja aweke PIN: { $amount }, bado haijahesabiwa
report-to-check = 🔎 Angalia kwenye statement ya M-Pesa:
report-biggest-owed = 📌 Madeni makubwa zaidi:
report-owed-line = • { $amount } { $customer } ({ $date }): { $reason ->
    [not_requested] bado haijaombwa
    [failed] ombi la M-Pesa halikufaulu
    [unknown] hakuna jibu kutoka M-Pesa: angalia statement
   *[mismatch] kiasi tofauti kimelipwa: angalia statement
  }

report-chart-title = Mapato kwa { $unit ->
    [hour] saa
   *[day] siku
  }, { $period }
report-chart-cash = Cash
report-chart-amounts = Ksh
report-chart-hours = Saa
report-chart-days = Siku
report-chart-caption = 📈 Mapato, { $period }: M-Pesa na cash

report-daily-summary-heading = 🌙 Muda wa kufunga: muhtasari wa siku
report-shifts-left-open = ⚠️ Zamu zilizoachwa wazi baada ya muda wa kufunga (saa { $closing }): { $count }
report-shift-left-open = • { $name }, ilifunguliwa { $opened } na float ya { $float }: { $closed ->
    [none] bado iko wazi
   *[other] ilifungwa { $closed }
  }
report-shifts-left-open-ask = Mwambie kila aliyeacha zamu yake wazi ahesabu droo na aifunge kwa /shift.



## shifts

shift-ask-float = Kufungua zamu yako: droo ina cash kiasi gani ya kuanzia (float)? Andika kwa shilingi kamili, mfano 2000 (0 kama hakuna).
shift-invalid-float = Andika float kwa shilingi kamili, tarakimu tu, mfano 2000 (0 kama droo iko tupu). Zamu yako bado haijafunguliwa.
shift-opened = 🟢 Zamu imefunguliwa { $opened } na float ya { $float }. Tuma /shift kuiona au kuifunga.
shift-already-open = Zamu yako tayari iko wazi, tangu { $opened } na float ya { $float }: hakuna kilichobadilishwa. Tuma /shift kuiona au kuifunga.
shift-so-far = 🧾 Zamu yako tangu { $opened } ({ $duration })
shift-float = Float ya kuanzia: { $amount }
shift-cash-taken = Cash iliyopokelewa: { $amount }
shift-cash-given-back = Cash iliyorudishwa: { $amount }
shift-expected = Inapaswa kuwa kwenye droo: { $amount }
shift-mpesa-paid = Imelipwa kwa M-Pesa: { $amount }
shift-still-running = Vipindi ulivyoanzisha bado vinaendelea: { $count ->
    [0] hakuna.
   *[other] { $count }
  }
shift-running-session = • { $computer ->
    [none] {""}
   *[other] { $computer }:{" "}
  }{ $customer }, tangu { $since }, { $amount } hadi sasa
shift-close-button = 🔒 Funga zamu
shift-keep-button = Iache wazi
shift-kept-open = Zamu yako bado iko wazi. Tuma /shift kuifunga baadaye.
shift-ask-counted = Hesabu cash iliyo kwenye droo kisha andika jumla kwa shilingi kamili, mfano 3500.
shift-invalid-counted = Andika cash uliyohesabu kwa shilingi kamili, tarakimu tu, mfano 3500. Zamu yako bado iko wazi.
shift-closed = 🔒 Zamu imefungwa: { $name }, { $opened } – { $closed } ({ $duration })
shift-counted = Cash iliyohesabiwa: { $amount }
shift-not-counted = Cash iliyohesabiwa: haikuhesabiwa (ilifungwa { $name } aliposimamishwa)
shift-not-counted-closed-by = Cash iliyohesabiwa: haikuhesabiwa (ilifungwa { $name } aliposimamishwa na { $by })
shift-short = ❗ Droo imepungua { $amount }
shift-over = ➕ Droo imezidi { $amount }
shift-no-difference = ✅ Droo iko sawa: hakuna tofauti.
shift-mpesa-at-close = Imelipwa kwa M-Pesa (hadi zamu ilipofungwa): { $amount }
shift-left-running = Vipindi vilivyoachwa vikiendelea: { $count ->
    [0] hakuna.
   *[other] { $count }
  }
shift-already-closed = Zamu hii ilishafungwa: hakuna kilichobadilishwa.
shift-not-found = Zamu hiyo haiko wazi tena. Tuma /shift kuona hali yako.

shift-long-session =
    ⏰ Kipindi kirefu: { $computer ->
        [none] {""}
       *[other] { $computer },{" "}
    }{ $customer }, tangu { $since } ({ $duration }), kilianzishwa na { $by }.
    Gharama hadi sasa: { $amount }{ $prepaid ->
        [none] {""}
       *[other] {" "}({ $prepaid } kati yake imelipiwa mapema)
    }.
    Hakikisha mteja bado yupo. Kama ameondoka, bonyeza ⏹ Maliza na upokee malipo; kama anaendelea, unaweza kumwomba alipie muda uliotumika hadi sasa.



## menu-payments

# Sehemu za hiari za sentensi, zinazopewa kama $paidBy na $account (tupu zisipojulikana).
menu-payments-paid-by = {" "}kutoka kwa { $payer }
menu-payments-account-typed = , akaunti “{ $account }”
menu-payments-money-line = { $amount }{ $paidBy }, risiti { $receipt }, { $time }{ $account }
menu-payments-placed = ✅ Imelipwa kupitia menyu ya M-Pesa: { $amount } za { $customer } (bili { $reference }){ $paidBy }, risiti { $receipt }, { $time } ({ $placement ->
        [REFERENCE] namba ya akaunti ilikuwa namba ya bili
        [AMOUNT_AND_PHONE] bili pekee iliyo wazi ya kiasi hicho kwa namba hiyo ya simu
        [STAFF] imewekwa na mfanyakazi
       *[RECEIPT_CHECK] risiti imethibitishwa na M-Pesa
    }).
menu-payments-unplaced =
    💰 { $amount } zimelipwa kupitia menyu ya M-Pesa{ $paidBy }, risiti { $receipt }, { $time }{ $account }.
    { $why }
    Ziweke kwenye bili: bonyeza 📌 Weka kwenye bili hapa chini, au baadaye kupitia /unplaced.
menu-payments-why-no-bill = Hakuna bili iliyo wazi ya kiasi hicho inayolingana na namba ya simu ya aliyelipa.
menu-payments-why-several-bills = Kuna zaidi ya bili moja iliyo wazi ya kiasi hicho: chagua ile sahihi.
menu-payments-why-reference-unknown = Namba ya akaunti iliyoandikwa si namba ya bili yoyote.
menu-payments-why-amount-differs = Kiasi si sawa na cha bili.
menu-payments-why-amount-differs-bill = Namba ya akaunti ni bili { $reference } ({ $customer }), lakini bili hiyo ni { $billAmount }.
menu-payments-why-bill-paid = Bili yake ilikuwa imeshalipwa.
menu-payments-why-bill-paid-bill = Namba ya akaunti ni bili { $reference } ({ $customer }), ambayo ilikuwa imeshalipwa: imelipwa mara mbili?
menu-payments-why-approval-pending = Bili yake inasubiri meneja.
menu-payments-why-approval-pending-bill = Namba ya akaunti ni bili { $reference } ({ $customer }), ambayo ombi la kupunguza kiasi chake linasubiri meneja.
menu-payments-place-button = 📌 Weka kwenye bili
menu-payments-list-empty = ✅ Hakuna cha kuweka: kila malipo ya menyu ya M-Pesa yako kwenye bili (au yamewekwa kando).
menu-payments-list-header = 💰 Malipo ya menyu ya M-Pesa ambayo bado hayako kwenye bili (mapya kwanza):
menu-payments-list-hint = Bonyeza malipo moja uyaweke kwenye bili.
menu-payments-pick-bill = Bonyeza bili ya { $amount } ambayo pesa hizi zinalipa:
menu-payments-no-bill-of-amount = Hakuna bili inayodaiwa ya { $amount }. Bili hulipwa tu kwa kiasi chake kamili: tazama bili zote zinazodaiwa hapa chini.
menu-payments-pick-any-bill = Bili zote zinazodaiwa (ni bili ya kiasi hicho hicho tu inayoweza kuzipokea):
menu-payments-no-bill = Hakuna deni.
menu-payments-all-bills-button = 📋 Bili zote zinazodaiwa
menu-payments-same-amount-button = 🔙 Bili za kiasi hicho
menu-payments-set-aside-button = 🗄 Weka kando
menu-payments-put-on-bill = ✅ { $amount } (risiti { $receipt }) zimewekwa kwenye bili { $reference } ya { $customer }: imelipwa.
menu-payments-refused-placed = Pesa hizi tayari ziko kwenye bili.
menu-payments-refused-placed-bill = Pesa hizi tayari ziko kwenye bili { $reference } ya { $customer }.
menu-payments-refused-set-aside = Meneja aliziweka kando (zimerudishwa, au si za bili ya hapa): hazilipi bili yoyote.
menu-payments-refused-bill-not-found = Bili hiyo haipo tena.
menu-payments-refused-bill-paid = Bili hiyo imeshalipwa.
menu-payments-refused-bill-paid-bill = Bili { $reference } ya { $customer } imeshalipwa: chagua nyingine.
menu-payments-refused-amount-differs = ❌ Hazijawekwa: kiasi hakilingani.
menu-payments-refused-amount-differs-bill = ❌ Bili { $reference } ni { $billAmount }, malipo ni { $amount }: bili hupokea kiasi chake kamili tu. Amelipa pungufu? ✂️ Punguza kiasi kwanza. Si pesa ya bili? Meneja aiweke kando (🗄 Weka kando).
menu-payments-refused-approval-pending = Bili hiyo inasubiri meneja.
menu-payments-refused-approval-pending-bill = Bili { $reference } inasubiri meneja ajibu ombi la kupunguza kiasi: ziweke baada ya uamuzi huo.
menu-payments-already-placed = ✅ { $amount } (risiti { $receipt }) ziko kwenye bili { $reference } ya { $customer }.
menu-payments-already-set-aside = 🗄 { $amount } (risiti { $receipt }) ziliwekwa kando.
menu-payments-already-set-aside-by = 🗄 { $amount } (risiti { $receipt }) ziliwekwa kando na { $by }.
menu-payments-not-found = Malipo hayo hayajarekodiwa hapa.
menu-payments-ask-note = Kwa nini unaweka kando { $amount } (risiti { $receipt })? Andika maneno machache (kurudisha pesa, biashara nyingine…).
menu-payments-set-aside = 🗄 { $amount } (risiti { $receipt }) zimewekwa kando: zimetoka kwenye /unplaced.
menu-payments-pay-from-menu-button = 📲 Lipa kupitia menyu ya M-Pesa
# $amountToType ni kiasi jinsi mteja anavyokiandika: tarakimu tu.
menu-payments-pay-from-menu-paybill =
    📲 { $customer } analipa { $amount } kupitia menyu ya M-Pesa:
    Lipa na M-Pesa → Pay Bill
    Namba ya biashara: { $shortCode }
    Namba ya akaunti: { $reference }
    Kiasi: { $amountToType }
    Bili italipwa yenyewe pesa zikifika; ujumbe huu utaonyesha hivyo.
menu-payments-pay-from-menu-till =
    📲 { $customer } analipa { $amount } kupitia menyu ya M-Pesa:
    Lipa na M-Pesa → Buy Goods and Services
    Namba ya Till: { $shortCode }
    Kiasi: { $amountToType }
    Till haina namba ya akaunti: bili italipwa yenyewe kiasi hiki kamili kikifika kutoka namba ya simu ya mteja, na hakuna bili nyingine iliyo wazi ya kiasi hicho inayolingana nayo; la sivyo pesa zitasubiri kwenye /unplaced. Ujumbe huu utaonyesha bili ikishalipwa.
menu-payments-pay-from-menu-already-sent = Kama M-Pesa ya mteja tayari inaonyesha pesa hizi zimetumwa (huenda ombi lilipita), asilipe tena: bonyeza 🧾 Angalia risiti.



## receipt-checks

receipt-checks-button = 🧾 Angalia risiti
receipt-checks-ask = 🧾 Andika code ya risiti anayoonyesha mteja (mfano QK12ABC345), au forward SMS yake ya M-Pesa hapa. /cancel kuacha.
receipt-checks-no-receipt = Hakuna code ya risiti ya M-Pesa hapo (herufi na tarakimu 10, mfano QK12ABC345). Itume tena, au /cancel.
receipt-checks-checking = 🔎 Tunaangalia risiti { $receipt }…
receipt-checks-which-bill = 🧾 Risiti { $receipt }: ni ya bili ipi?
receipt-checks-which-bill-amount = 🧾 Risiti { $receipt } ({ $amount }): ni ya bili ipi?
receipt-checks-no-bill-owed = 🧾 Risiti { $receipt }: hakuna bili inayodaiwa sasa, kwa hiyo hakuna cha kuiangalia.
receipt-checks-settled = ✅ Risiti { $receipt } imelipa bili { $reference } ({ $customer }, { $billAmount }).
receipt-checks-settled-confirmed = ✅ Risiti { $receipt }, imethibitishwa na M-Pesa, imelipa bili { $reference } ({ $customer }, { $billAmount }).
receipt-checks-used = 🧾 Risiti { $receipt } ilishalipa bili { $reference } ({ $customer }, { $billAmount }): haiwezi kulipa bili nyingine.
receipt-checks-amount-differs = ⚠️ Risiti { $receipt } ({ $amount }) hailingani na bili. Hakuna pesa iliyoingizwa. Kama mteja amelipa pungufu, bonyeza ✂️ Punguza kiasi ili bili ibaki na alicholipa, pokea kilichobaki kwa njia nyingine, kisha weka pesa kwenye bili kupitia /unplaced; la sivyo meneja anaweza kuziweka kando huko (🗄 Weka kando).
receipt-checks-amount-differs-bill = ⚠️ Risiti { $receipt } ({ $amount }) hailingani na bili { $reference } ({ $customer }, { $billAmount }). Hakuna pesa iliyoingizwa. Kama mteja amelipa pungufu, bonyeza ✂️ Punguza kiasi ili bili ibaki na alicholipa, pokea kilichobaki kwa njia nyingine, kisha weka pesa kwenye bili kupitia /unplaced; la sivyo meneja anaweza kuziweka kando huko (🗄 Weka kando).
receipt-checks-bill-paid = ⚠️ Bili imelipwa wakati ukaguzi ukiendelea. Risiti { $receipt } ({ $amount }) haikuingizwa: iweke kupitia /unplaced.
receipt-checks-bill-paid-bill = ⚠️ Bili { $reference } ({ $customer }, { $billAmount }) imelipwa wakati ukaguzi ukiendelea. Risiti { $receipt } ({ $amount }) haikuingizwa: iweke kupitia /unplaced.
receipt-checks-approval-pending = ⏳ Bili inasubiri meneja ajibu ombi la kupunguza kiasi. Risiti { $receipt } ({ $amount }) bado haijaingizwa: iweke kupitia /unplaced akishajibu.
receipt-checks-approval-pending-bill = ⏳ Bili { $reference } ({ $customer }, { $billAmount }) inasubiri meneja ajibu ombi la kupunguza kiasi. Risiti { $receipt } ({ $amount }) bado haijaingizwa: iweke kupitia /unplaced akishajibu.
receipt-checks-bill-not-found = ⚠️ Bili hiyo haipo tena. Risiti { $receipt } ({ $amount }) haikuingizwa: iweke kupitia /unplaced.
receipt-checks-set-aside = ⚠️ Risiti { $receipt } ({ $amount }) iliwekwa kando na meneja (imerudishwa, au si ya bili ya hapa). Hakuna pesa iliyoingizwa. Muulize meneja.
receipt-checks-asking = 🔎 Tunauliza M-Pesa kuhusu risiti { $receipt }… Ujumbe huu utaonyesha jibu.
receipt-checks-asking-bill = 🔎 Tunauliza M-Pesa kuhusu risiti { $receipt } ya bili { $reference } ({ $customer }, { $billAmount })… Ujumbe huu utaonyesha jibu.
receipt-checks-already-asking = 🔎 M-Pesa tayari inaulizwa kuhusu risiti { $receipt }: subiri jibu hilo.
receipt-checks-already-asking-bill = 🔎 M-Pesa tayari inaulizwa kuhusu risiti { $receipt } ya bili { $reference } ({ $customer }, { $billAmount }): subiri jibu hilo.
receipt-checks-not-received =
    ❔ Risiti { $receipt } haijafika kwenye mfumo: bado hakuna uthibitisho kutoka M-Pesa. Hakuna pesa iliyoingizwa.
    Bila vitambulisho vya Transaction Status (MPESA_INITIATOR_NAME, MPESA_SECURITY_CREDENTIAL) bot inaweza kuangalia tu kile M-Pesa ilichotuma: jaribu tena baada ya dakika moja, au pokea malipo kwa njia nyingine.
receipt-checks-not-found = ❌ M-Pesa haitambui risiti { $receipt }. Hakuna pesa iliyoingizwa. Angalia code ya risiti kwenye SMS ya mteja.
receipt-checks-paid-to-another-business = ❌ Risiti { $receipt } ni pesa zilizolipwa kwa biashara nyingine, si kwa cyber hii. Hakuna pesa iliyoingizwa.
receipt-checks-not-completed = ❌ Risiti { $receipt } si malipo yaliyokamilika. Hakuna pesa iliyoingizwa.
receipt-checks-no-answer = ⌛ M-Pesa haikujibu kuhusu risiti { $receipt }: jaribu tena baada ya dakika moja.
# $error: kwa nini M-Pesa haikuweza kuulizwa (sentensi ya kosa ya sehemu ya mpesa).
receipt-checks-could-not-ask = ❌ Hatukuweza kuuliza M-Pesa kuhusu risiti { $receipt }: { $error }



## language

language-name = Kiswahili
language-command = Chagua lugha ya bot
language-ask = Nikuandikie kwa lugha gani? Taarifa zako na menyu ya amri zitafuata lugha hiyo.
language-chosen = Kuanzia sasa nitakuandikia kwa Kiswahili.

