# Café Desk: every sentence the bot sends, in English.
# Message ids are the same in every locale file; a test fails when one is missing or its variables
# differ (test/texts/locales.test.ts). Sections follow src/texts/<section>.ts, which render them.

## format

money = KES { NUMBER($amount) }
duration-under-a-minute = under a minute
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
no-phone = no phone
method-cash = cash
method-mpesa = M-Pesa
method-mpesa-simulated = simulated M-Pesa 🧪
date-at-time = { $date } at { $time }


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

language-name = English
language-command = Choose the language you read the bot in
language-ask = Which language should I write to you in? Your notifications and command menu follow it.
language-chosen = From now on I write to you in English.

