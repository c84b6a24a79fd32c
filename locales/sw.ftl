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
mpesa-error-transaction-not-found = Safaricom haina rekodi ya ombi hilo la M-Pesa. Angalia SMS za M-Pesa za mteja kabla ya kutuma jingine.
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
    } kwa ombi la { $amount } kutoka kwa { $customer }. Haijahesabiwa kama imelipwa: angalia statement na uimalize mwenyewe.
notice-manager-setup-problem = ⚠️ Maombi ya M-Pesa yanakataliwa (la mwisho: { $amount } kwa { $customer }, liliombwa na { $by }). { $fix } Mpaka hapo, pokea cash.
notice-manager-unmatched = ⚠️ M-Pesa inaripoti { $amount } zimepokelewa{ $phone ->
        [none] {""}
       *[other] {" "}kutoka { $phone }
    }{ $at ->
        [none] {""}
       *[other] {" "}tarehe { $at }
    }, risiti { $receipt }, kwa ombi ambalo mfumo huu hauna rekodi yake. Mtafute mteja na uimalize mwenyewe.
notice-manager-paid-twice = ⚠️ Imelipwa mara mbili: { $customer } amelipa { $amount } kwa M-Pesa{ $receipt ->
        [none] {""}
       *[other] {" "}(risiti { $receipt })
    } kwa bili iliyokuwa imeshalipwa{ $earlier ->
        [CASH] {" "}kwa cash
       *[other] {""}
    }. Rudisha pesa ya mojawapo.

notice-summary-simulated = 🧪 M-Pesa ya majaribio: hakuna pesa halisi iliyohamishwa.
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




## audit




## exports




## reports




## shifts




## menu-payments




## receipt-checks




## language


