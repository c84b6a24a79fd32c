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
    })? Bot itaacha kumjibu papo hapo, hatapata taarifa za malipo tena, na link za mwaliko alizotengeneza ambazo hazijatumika zitaacha kufanya kazi. Ukitaka kumrudisha, mrudishe hapa; link ya mwaliko haiwezi kumrudisha.
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
manager-staff-already-active = { $name } tayari yuko kazini.
# $role: the role the button gives.
manager-staff-role-button = { $role ->
        [MANAGER] ⬆️ Mfanye { $name } meneja
       *[OPERATOR] ⬇️ Mfanye { $name } mhudumu
    }
manager-staff-confirm-make-manager = Umfanye { $name } meneja? Ataweza kutumia amri za meneja papo hapo, zikiwemo /staff, /invite, /tariff, /report, /export na /audit, na atapata taarifa ya kila malipo.
manager-staff-confirm-make-operator = Umfanye { $name } mhudumu? Atapoteza amri za meneja papo hapo na hatapata taarifa za malipo tena.
manager-staff-confirm-make-yourself-operator = Ujifanye mhudumu? Utapoteza amri za meneja papo hapo na hutapata taarifa za malipo tena.
manager-staff-confirm-role-button = { $role ->
        [MANAGER] ⬆️ Ndiyo, meneja
       *[OPERATOR] ⬇️ Ndiyo, mhudumu
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
manager-staff-you-are-operator = { $by } amekufanya mhudumu. Amri za meneja (/staff, /tariff, /report, /audit na nyingine) si zako tena, na utapata taarifa za malipo unayoomba tu; menyu ya amri zako inaonyesha unachoweza kutumia.
manager-staff-last-manager = Café inahitaji angalau meneja mmoja: mfanye mtu mwingine meneja kwanza.

# /tariff
manager-tariff-rate-line = • { $rate } kwa saa, inahesabiwa kwa kila sekunde
# $window: "06:00–09:00".
manager-tariff-window-line = • { $window }: { $rate } kwa saa
manager-tariff-minimum-line = • Bei ya chini kabisa: { $minimum }
manager-tariff-rounding-line = • Senti: { $rounding ->
        [UP] zinapandishwa juu kila mara
        [DOWN] zinashushwa chini kila mara
       *[HALF_UP] kwa shilingi iliyo karibu (nusu inapanda juu)
    }
manager-tariff-now = Bei sasa:
manager-tariff-changed-by = Imebadilishwa na { $by } tarehe { $at }.
manager-tariff-changed-by-former-staff = Imebadilishwa tarehe { $at } na mtu ambaye si mfanyakazi tena.
manager-tariff-default = Hii ni bei ya kawaida kutoka kwenye settings; hakuna meneja aliyeibadilisha bado.
manager-tariff-group-own = Kompyuta za { $group }, bei yao maalum:
manager-tariff-group-uses-cafe = Kompyuta za { $group }: bei iliyo hapo juu.
manager-tariff-change-button = ✏️ Badilisha bei ya café
manager-tariff-change-group-button = ✏️ Badilisha bei ya { $group }
manager-tariff-clear-group-button = ↩️ { $group }: tumia bei ya café
manager-tariff-group-cleared = Kompyuta za { $group } sasa zinatumia bei ya café kwa vipindi vitakavyoanza kuanzia sasa; vipindi vinavyoendelea vinabaki na bei vilivyoanza nayo.
manager-tariff-group-gone = Kundi hilo halipo tena.
manager-tariff-group-changed-meanwhile = { $by } alibadilisha bei ya { $group } baada ya wewe kuiangalia, kwa hiyo sikurudisha { $group } kwenye bei ya café. Hii ndiyo bei sasa.
manager-tariff-group-changed-meanwhile-by-someone = Mtu mwingine alibadilisha bei ya { $group } baada ya wewe kuiangalia, kwa hiyo sikurudisha { $group } kwenye bei ya café. Hii ndiyo bei sasa.
manager-tariff-ask-rate = Bei mpya kwa saa, kwa shilingi kamili? (sasa { $now })
manager-tariff-ask-group-rate = Bei ya kompyuta za { $group }. Bei mpya kwa saa, kwa shilingi kamili? (sasa { $now })
manager-tariff-invalid-rate = Andika shilingi kamili kuanzia 1 hadi { $max }, mfano 60.
# $now: the windows set now, or manager-tariff-no-windows.
manager-tariff-ask-windows =
    Bei tofauti kwa nyakati fulani za siku? Moja kwa kila mstari: muda kwa saa ya café, na bei kwa saa, mfano
    06:00-09:00 50
    22:00-06:00 60 (muda unaweza kuvuka usiku wa manane)
    Tuma none kwa bei moja siku nzima, au /skip kubaki na zilizopo sasa ({ $now }).
manager-tariff-no-windows = hakuna
# $problem: one of the manager-tariff-windows-… messages.
manager-tariff-invalid-windows = { $problem } Tuma nyakati tena, au none.
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
manager-customer-unpaid = Deni: { $unpaid } (angalia /unpaid)
manager-customer-nothing-unpaid = Deni: hakuna
manager-customer-latest-balance = Salio lililoandikwa kwenye malipo ya mwisho: { $balance }
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




## exports




## reports




## shifts




## menu-payments




## receipt-checks




## language


