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
payment-settle-prepaid = (kulipia mapema: { $duration } kwa { $prepaid }; { $amount } ni za muda wa ziada)
# Sehemu moja ya muda wa kipindi kwa bei ya saa hizo, kwenye orodha ndani ya mabano.
payment-settle-part = { $from }–{ $to } kwa { $rate }/saa: { $amount }
payment-settle-minimum = kiwango cha chini { $amount }
payment-settle-ask-send = Tuma ombi la M-Pesa kwa { $phone }?
payment-settle-ask-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa: tuma ombi kwa namba nyingine, au pokea cash.
payment-settle-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa. Bonyeza Namba nyingine, au pokea cash.
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
payment-settle-cash = 💵 { $amount } cash kutoka kwa { $customer }, imepokelewa na { $by }.
payment-settle-later = 🕓 { $customer } bado anadaiwa { $amount }: itaonekana kwenye /unpaid.
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
payment-settle-prompt-pending = Ombi la M-Pesa la bili hii linasubiri mteja aweke PIN. Subiri jibu (kama dakika moja) kabla ya kupokea cash au kutuma ombi jingine.
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
# Maneno "today" na "yesterday" ndiyo /pay inasoma (src/domain/dates.ts parseDateInput).
payment-pay-ask-date = Tarehe ya malipo? Andika today (leo), yesterday (jana), au tarehe kama 28/11/2026. (/skip kwa leo)
payment-pay-invalid-date = Sijaweza kusoma tarehe hiyo. Andika today (leo), yesterday (jana), au tarehe kama 28/11/2026.
payment-pay-future-date = Tarehe hiyo bado haijafika. Andika today (leo), yesterday (jana), au tarehe iliyopita.
payment-pay-summary = { $amount } kutoka kwa { $customer } tarehe { $date }{ $balance ->
        [none] {""}
       *[other] , na bado atadaiwa { $balance }
    }. Analipa vipi?
payment-pay-summary-prompt = (📲 hutuma ombi kwa { $phone })
payment-pay-no-phone = Mteja huyu hana namba ya simu iliyohifadhiwa: tumia namba nyingine, au pokea cash.

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
payment-details-recorded = Imeandikwa na { $by }, { $at }
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




## notices




## manager




## audit




## exports




## reports




## shifts




## menu-payments




## receipt-checks




## language


