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

payment-state-not-requested = not requested
payment-state-pending = waiting for PIN
payment-state-paid = paid
payment-state-failed = failed
payment-state-unknown = unknown: check M-Pesa

# The bill's first words after End or from /unpaid; $duration is "none" when the time is not shown.
payment-settle-charge = { $amount } for { $customer }{ $duration ->
        [none] {""}
       *[other] , { $duration }
    }
payment-settle-prepaid = ({ $duration } prepaid for { $prepaid }; { $amount } for the time beyond it)
# One part of a session's time at a time-of-day rate, in a list between brackets.
payment-settle-part = { $from }–{ $to } at { $rate }/h: { $amount }
payment-settle-minimum = minimum charge { $amount }
payment-settle-ask-send = Send the M-Pesa prompt to { $phone }?
payment-settle-ask-no-phone = No phone number is saved for this customer: send the prompt to another number, or take cash.
payment-settle-no-phone = No phone number is saved for this customer. Use Another number, or take cash.
payment-settle-send-button = 📲 Send prompt
payment-settle-other-number-button = ✏️ Another number
payment-settle-cash-button = 💵 Cash
payment-settle-later-button = 🕓 Later
payment-settle-lower-button = ✂️ Lower the amount
payment-settle-approval-pending = A lower amount for this is waiting for a manager's approval. Wait for the answer before asking for the money.
payment-settle-retry-button = 🔁 Send again
payment-settle-ask-number = Type the M-Pesa number to prompt (e.g. 0712 345 678):
payment-settle-confirm-number = Send the prompt for { $amount } to { $phone }?
payment-settle-confirm-button = ✅ Yes, send
payment-settle-change-button = ✏️ Change number
payment-settle-waiting = 📲 M-Pesa prompt for { $amount } to { $phone } ({ $customer }): waiting for the customer's PIN…
payment-settle-refused = ❌ The prompt was not sent. { $reason }
payment-settle-cash = 💵 { $amount } cash from { $customer }, taken by { $by }.
payment-settle-later = 🕓 { $amount } for { $customer } left unpaid. It is listed in /unpaid.
# $method is CASH, MPESA or none; $methodName names M-Pesa (simulated or not).
payment-settle-already-paid = This was already paid{ $method ->
        [CASH] {" "}in cash
        [MPESA] {" "}by { $methodName }{ $receipt ->
            [none] {""}
           *[other] , receipt { $receipt }
        }
       *[none] {""}
    }{ $by ->
        [none] {""}
       *[other] {" "}({ $by })
    }.
payment-settle-prompt-pending = An M-Pesa prompt for this is waiting for the customer's PIN. Wait for the answer (about a minute) before taking cash or sending another.
payment-settle-prompt-out = 📲 The M-Pesa prompt for { $amount }{ $phone ->
        [none] {""}
       *[other] {" "}to { $phone }
    } ({ $customer }) was already sent: waiting for the customer's PIN… The answer will show here.
payment-settle-not-found = That payment no longer exists.

payment-adjust-ask-amount = { $customer } owes { $amount }. Type the new, lower amount in KES (or /cancel):
payment-adjust-invalid-amount = Type a whole number of shillings lower than { $amount }, e.g. { $example }.
payment-adjust-ask-reason = Why? Type the reason (e.g. discount, fault on the computer):
payment-adjust-working = ✂️ Lowering the amount…
payment-adjust-waiting = ✂️ { $to } instead of { $from } for { $customer } ({ $reason }): waiting for a manager's approval. The answer will show here.
payment-adjust-lowered = ✂️ Lowered from { $from }: { $reason }.
payment-adjust-approved = ✅ { $by } approved { $to } instead of { $from }.
payment-adjust-refused = ❌ { $by } refused to lower the amount: it stays { $from }.
payment-adjust-paid-meanwhile = ✅ { $by } approved { $to }, but the payment was paid in the meantime: nothing was lowered.
payment-adjust-asked = ✂️ { $askedBy } asks to lower { $customer }'s { $from } to { $to } ({ $off } off). Reason: { $reason }
payment-adjust-approve-button = ✅ Approve
payment-adjust-refuse-button = ❌ Refuse
payment-adjust-you-approved = ✅ Approved: { $customer } pays { $to } instead of { $from }. The operator is told.
payment-adjust-you-refused = ❌ Refused: { $customer } still owes { $from }. The operator is told.
payment-adjust-already-decided = This was already { $decision ->
        [approved] approved
       *[refused] refused
    }{ $by ->
        [none] {""}
       *[other] {" "}by { $by }
    }.
payment-adjust-not-found = That request no longer exists.

payment-pay-ask-amount = Payment from { $customer }. Amount in KES?
payment-pay-invalid-amount = Type a whole number of shillings from 1 to 250,000, e.g. 150.
payment-pay-ask-balance = Will { $customer } still owe anything after paying { $amount }? Type what is left to pay, in KES: for example 200 if the bill was { $bill }. Type 0 (or /skip) if nothing is left.
payment-pay-invalid-balance = Type a whole number of shillings (0 if nothing is owed).
# The words "today" and "yesterday" are what /pay reads (src/domain/dates.ts parseDateInput).
payment-pay-ask-date = Date of the payment? today, yesterday, or a date like 28/11/2026. (/skip for today)
payment-pay-invalid-date = I could not read that date. Type today, yesterday, or a date like 28/11/2026.
payment-pay-future-date = That date is in the future. Type today, yesterday, or a past date.
payment-pay-summary = { $amount } from { $customer } on { $date }{ $balance ->
        [none] {""}
       *[other] , { $balance } still owed after it
    }. How is it paid?
payment-pay-summary-prompt = (📲 sends the prompt to { $phone })
payment-pay-no-phone = No phone number is saved for this customer: use another number, or take cash.

payment-list-empty = No payments yet.
payment-list-header = Recent payments{ $page ->
        [1] {""}
       *[other] {" "}(page { $page })
    }:
# $how is the payment's method, or its state when no method was chosen.
payment-list-item = { $icon } #{ $id } { $customer } · { $amount }{ $session ->
        [yes] {" "}(session)
       *[no] {""}
    } · { $date } · { $how }
payment-list-details-hint = Tap one for its details.
payment-list-next-page = Next ▶️
payment-list-previous-page = ◀️ Back
payment-details-title = { $icon } Payment #{ $id }: { $amount }{ $session ->
        [yes] {" "}for a session
       *[no] {""}
    }
payment-details-lowered = (lowered from { $from }{ $by ->
        [none] {""}
       *[other] {" "}by { $by }
    }{ $approvedBy ->
        [none] {""}
       *[other] , approved by { $approvedBy }
    }: { $reason })
payment-details-customer = Customer: { $customer } · { $phone }
payment-details-date = Date: { $date }
payment-details-method = Method: { $method ->
        [none] not chosen yet
       *[other] { $method }
    }{ $prompt ->
        [none] {""}
       *[other] , prompt to { $prompt }
    }
payment-details-state = State: { $state }
payment-details-receipt = Receipt: { $receipt }
payment-details-still-owed = Still owed after it: { $amount }
payment-details-recorded = Recorded by { $by } on { $at }
payment-details-settled = Settled by { $by }{ $at ->
        [none] {""}
       *[other] {" "}on { $at }
    }
payment-details-refunded = ↩️ Unused prepaid time refunded: { $amount } in cash by { $by } on { $at }
payment-unpaid-empty = Nothing is owed. 🎉
payment-unpaid-header = Still owed{ $page ->
        [1] {""}
       *[other] {" "}(page { $page })
    }:
payment-unpaid-item = { $icon } #{ $id } { $customer }: { $amount }{ $session ->
        [yes] {" "}(session)
       *[no] {""}
    }, { $date }, { $state }{ $simulated ->
        [none] {""}
       *[other] , { $simulated }
    }
payment-unpaid-hint = Tap one to send the M-Pesa prompt or take cash.


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


