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




## sessions




## computers




## payments




## mpesa




## notices




## manager




## audit




## exports




## reports

report-period-examples = mfano { $command }, { $command } yesterday, { $command } week, { $command } month, { $command } 28/11/2026 au { $command } 1/11/2026-15/11/2026
report-period-unreadable = Sijaelewa tarehe hizo. Andika siku moja, tarehe ya kuanzia hadi ya mwisho, au neno, { $examples }.
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
report-shift-left-open = • { $name }, ilifunguliwa { $opened } na pesa ya kuanzia (float) { $float }: { $closed ->
    [none] bado iko wazi
   *[other] ilifungwa { $closed }
  }
report-shifts-left-open-ask = Mwambie aliyeacha zamu yake wazi ahesabu droo na aifunge kwa /shift.



## shifts

shift-ask-float = Kufungua zamu yako: droo ina cash kiasi gani ya kuanzia (float)? Andika kwa shilingi kamili, mfano 2000 (0 kama hakuna).
shift-invalid-float = Andika float kwa shilingi kamili, tarakimu tu, mfano 2000 (0 kama droo iko tupu). Zamu yako bado haijafunguliwa.
shift-opened = 🟢 Zamu imefunguliwa { $opened } na float ya { $float }. Tuma /shift kuiona au kuifunga.
shift-already-open = Zamu yako tayari iko wazi, tangu { $opened } na float ya { $float }: hakuna kilichobadilishwa. Tuma /shift kuiona au kuifunga.
shift-so-far = 🧾 Zamu yako tangu { $opened } ({ $duration })
shift-float = Pesa ya kuanzia (float): { $amount }
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
shift-kept-open = Zamu yako inaendelea. Tuma /shift kuifunga baadaye.
shift-ask-counted = Hesabu cash iliyo kwenye droo kisha andika jumla kwa shilingi kamili, mfano 3500.
shift-invalid-counted = Andika cash uliyohesabu kwa shilingi kamili, tarakimu tu, mfano 3500. Zamu yako bado iko wazi.
shift-closed = 🔒 Zamu imefungwa: { $name }, { $opened } – { $closed } ({ $duration })
shift-counted = Cash iliyohesabiwa: { $amount }
shift-not-counted = Cash iliyohesabiwa: haikuhesabiwa (ilifungwa { $name } alipoondolewa kwenye wafanyakazi)
shift-not-counted-closed-by = Cash iliyohesabiwa: haikuhesabiwa (ilifungwa { $name } alipoondolewa kwenye wafanyakazi na { $by })
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
    Hakikisha mteja bado yupo. Kama ameondoka, bonyeza ⏹ kumaliza kipindi na upokee malipo; kama anaendelea, unaweza kumwomba alipie muda uliotumika hadi sasa.



## menu-payments




## receipt-checks




## language


