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




## shifts




## menu-payments




## receipt-checks




## language

language-name = Kiswahili
language-command = Chagua lugha ya bot
language-ask = Nikuandikie kwa lugha gani? Arifa zako na orodha ya amri zitafuata lugha hiyo.
language-chosen = Kuanzia sasa nitakuandikia kwa Kiswahili.

