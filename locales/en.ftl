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

mpesa-phone-empty = Type the customer's M-Pesa number, for example 0712 345 678.
mpesa-phone-not-a-phone-number = That does not look like a phone number. Type it like 0712 345 678.
mpesa-phone-too-short = That number is too short. A Safaricom number has 10 digits, like 0712 345 678.
mpesa-phone-too-long = That number is too long. A Safaricom number has 10 digits, like 0712 345 678.
mpesa-phone-not-kenyan = That is not a Kenyan number. M-Pesa prompts only go to Safaricom numbers in Kenya.
mpesa-phone-not-mobile = That is not a mobile number. Type the customer's Safaricom line, like 0712 345 678.
mpesa-phone-not-safaricom = That number is not a Safaricom number, so it cannot get an M-Pesa prompt. Use another number or take cash.
mpesa-phone-other-network = That number is on { $network }, not Safaricom, so it cannot get an M-Pesa prompt. Use another number or take cash.

mpesa-error-not-configured = M-Pesa is not set up on this service yet. Ask the manager to check the M-Pesa settings.
mpesa-error-wrong-credentials = Safaricom refused the café's M-Pesa keys. Ask the manager to check the consumer key, secret and passkey.
mpesa-error-wrong-shortcode = Safaricom does not recognise the café's paybill or till number. Ask the manager to check the M-Pesa settings.
mpesa-error-token-rejected = Safaricom refused the café's M-Pesa access. Ask the manager to check that the Daraja app has M-Pesa Express enabled.
mpesa-error-subscriber-locked = The customer has another M-Pesa request open; try again in a minute.
mpesa-error-system-busy = M-Pesa is busy right now; try again in a few minutes.
mpesa-error-invalid-phone = Safaricom did not accept that phone number. Check it with the customer.
mpesa-error-invalid-amount = M-Pesa takes whole shillings from 1 to 250,000; check the amount.
mpesa-error-invalid-callback-url = The address M-Pesa should report back to is not valid. Ask the manager to check the service's public address.
mpesa-error-urls-already-registered = Safaricom already has payment addresses registered for the café's paybill or till; changing them goes through Safaricom (apisupport@safaricom.co.ke).
mpesa-error-invalid-request = M-Pesa refused the request details. Try again; if it happens again, tell the manager.
mpesa-error-transaction-not-found = Safaricom has no record of that M-Pesa request. Check the customer's M-Pesa messages before sending a new one.
mpesa-error-network = M-Pesa could not be reached, so nothing was sent. Check the internet connection and try again.
mpesa-error-timeout = M-Pesa did not answer in time. Try again in a minute.
mpesa-error-push-outcome-unknown = We could not tell whether the prompt reached the customer; check their M-Pesa messages before sending again.
mpesa-error-unexpected-response = M-Pesa sent an answer we could not read. Try again in a minute; if it goes on, tell the manager.
mpesa-error-daraja-error = M-Pesa refused the request. Try again in a minute; if it goes on, tell the manager.

mpesa-failure-insufficient-funds = The customer does not have enough money in M-Pesa.
mpesa-failure-amount-below-minimum = The amount is below the M-Pesa minimum.
mpesa-failure-amount-above-maximum = The amount is above what M-Pesa allows in one payment.
mpesa-failure-daily-limit-reached = The customer has reached their daily M-Pesa limit.
mpesa-failure-balance-limit-reached = M-Pesa declined it: an account would go over its balance limit.
mpesa-failure-duplicate-request = The same amount was asked of this customer less than two minutes ago; wait a little before sending again.
mpesa-failure-system-busy = M-Pesa was busy; try again in a few minutes.
mpesa-failure-subscriber-locked = The customer had another M-Pesa request open; try again in a minute.
mpesa-failure-expired = The prompt expired before the customer answered.
mpesa-failure-prompt-not-sent = M-Pesa could not send the prompt to the customer's phone; try again.
mpesa-failure-cancelled = Cancelled by the customer.
mpesa-failure-unreachable = The customer's phone could not be reached (switched off, no network, or the prompt was ignored).
mpesa-failure-wrong-pin = The customer entered a wrong M-Pesa PIN.
mpesa-failure-merchant-misconfigured = Safaricom refused the payment because of the café's paybill or till setup. Ask the manager to check the M-Pesa settings.

mpesa-outcome-paid = Paid.
mpesa-outcome-pending = Waiting for the customer to enter their M-Pesa PIN.
mpesa-outcome-unknown = M-Pesa gave an answer we do not recognise; check the customer's M-Pesa messages before sending again.


## notices

notice-setup-fix-not-configured = The M-Pesa settings are missing: set MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET, MPESA_PASSKEY and the shortcode.
notice-setup-fix-wrong-credentials = Safaricom refuses the café's keys: check MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET and MPESA_PASSKEY (and that they are for this environment).
notice-setup-fix-wrong-shortcode = Safaricom does not recognise the shortcode with these keys: check MPESA_SHORTCODE, MPESA_EXPRESS_SHORTCODE and MPESA_SHORTCODE_TYPE.
notice-setup-fix-token-rejected = Safaricom refuses the café's access: check that the Daraja app has the M-Pesa Express product and that the keys are for this environment.
notice-setup-fix-invalid-callback-url = Safaricom refuses the callback address: check PUBLIC_URL or MPESA_CALLBACK_URL (public HTTPS, ending in /mpesa/callback/).

notice-operator-paid = ✅ Paid: { $amount } from { $customer } by M-Pesa{ $receipt ->
        [none] {" "}(confirmed by Safaricom; the receipt will be on the statement)
       *[other] , receipt { $receipt }
    }.
notice-operator-paid-after-all = ✅ Paid after all: M-Pesa now confirms { $amount } from { $customer }{ $receipt ->
        [none] {""}
       *[other] , receipt { $receipt }
    }, although it first reported no payment. Do not ask for it again.
notice-operator-failed = ❌ The M-Pesa payment of { $amount } for { $customer } failed: { $reason }
notice-operator-unknown = ❓ No final answer from M-Pesa for { $amount } ({ $customer }, { $phone }). Check the customer's M-Pesa messages or the statement before asking again.
notice-operator-amount-mismatch = ⚠️ M-Pesa reported { $paid } instead of { $amount } for { $customer }. It was not counted as paid; the managers have been told.
notice-operator-paid-twice = ⚠️ { $customer } also paid { $amount } by M-Pesa{ $receipt ->
        [none] {""}
       *[other] {" "}(receipt { $receipt })
    }, but this was already paid. The managers have been told.

notice-manager-paid = ✅ { $amount } paid by M-Pesa: { $customer }{ $bill ->
        [session] {" "}(session)
       *[other] {""}
    }{ $receipt ->
        [none] {""}
       *[other] , receipt { $receipt }
    }. Asked by { $by }.
notice-manager-voided = 🗑 Session voided by { $by } at { $voidedAt }: { $customer }{ $computer ->
        [none] {""}
       *[other] {" "}on { $computer }
    }, started { $startedAt }. Nothing charged. Reason: { $reason }
notice-manager-cash = 💵 { $amount } paid in cash: { $customer }{ $bill ->
        [session] {" "}(session)
       *[other] {""}
    }. Taken by { $by }.
notice-manager-paid-after-all = ✅ Paid after all: { $amount } by M-Pesa from { $customer }{ $bill ->
        [session] {" "}(session)
       *[other] {""}
    }{ $receipt ->
        [none] {""}
       *[other] , receipt { $receipt }
    }, after M-Pesa first reported it failed or unanswered. Asked by { $by }.
notice-manager-failed = ❌ M-Pesa payment failed: { $amount } for { $customer }, asked by { $by }. { $reason }
notice-manager-unknown = ❓ No final answer from M-Pesa for { $amount } ({ $customer }, { $phone }), asked by { $by }. Check the M-Pesa statement.
notice-manager-amount-mismatch = ⚠️ Amount mismatch: M-Pesa reported { $paid }{ $receipt ->
        [none] {""}
       *[other] {" "}(receipt { $receipt })
    } for a request of { $amount } from { $customer }. Not counted as paid: check the statement and settle it by hand.
notice-manager-setup-problem = ⚠️ M-Pesa prompts are being refused (the last: { $amount } for { $customer }, asked by { $by }). { $fix } Until then, take cash.
notice-manager-unmatched = ⚠️ M-Pesa reports { $amount } received{ $phone ->
        [none] {""}
       *[other] {" "}from { $phone }
    }{ $at ->
        [none] {""}
       *[other] {" "}at { $at }
    }, receipt { $receipt }, for a prompt this desk has no record of. Find the customer and settle it by hand.
notice-manager-paid-twice = ⚠️ Paid twice: { $customer } paid { $amount } by M-Pesa{ $receipt ->
        [none] {""}
       *[other] {" "}(receipt { $receipt })
    } for something already paid{ $earlier ->
        [CASH] {" "}in cash
       *[other] {""}
    }. One of them should be refunded.

notice-summary-simulated = 🧪 Simulated M-Pesa: no real money moved.
notice-summary-heading = { $minutes ->
        [one] In the last minute
       *[other] In the last { $minutes } minutes
    } (one message for { $count }):
notice-summary-mpesa-paid = ✅ { $count } M-Pesa { $count ->
        [one] payment
       *[other] payments
    }, { $total }
notice-summary-cash-paid = 💵 { $count } cash { $count ->
        [one] payment
       *[other] payments
    }, { $total }
notice-summary-mpesa-failed = ❌ { $count } failed M-Pesa { $count ->
        [one] payment
       *[other] payments
    }, { $total }
notice-summary-mpesa-unknown = ❓ { $count } with no final answer from M-Pesa, { $total }
notice-summary-footer = /payments lists each one.


## manager




## audit




## exports




## reports




## shifts




## menu-payments




## receipt-checks




## language


