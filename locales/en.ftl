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

report-period-examples = e.g. { $command }, { $command } yesterday, { $command } week, { $command } month, { $command } 28/11/2026 or { $command } 1/11/2026-15/11/2026
report-period-unreadable = I did not understand the period. Type a day, a range or a word, { $examples }.
report-period-no-such-date = That date does not exist. Type a real day, e.g. { $command } 28/11/2026.
report-period-future = That is after today: { $command } covers days that have begun, { $examples }.
report-period-backwards = The range ends before it starts. Put the earlier day first, e.g. { $command } 1/11/2026-15/11/2026.
report-period-too-long = { $command } covers at most { $days } days. Ask for a shorter range, e.g. { $command } 1/11/2026-15/11/2026.

report-title = 📊 Report for { $period }
report-as-of = As of { $time }
report-takings-none = 💰 Takings: nothing came in.
report-takings = 💰 Takings: { $amount } ({ $count ->
    [one] { $count } payment
   *[other] { $count } payments
  })
report-takings-mpesa = M-Pesa: { $amount }
report-takings-simulated = 🧪 of which simulated, no real money: { $amount }
report-takings-cash = Cash: { $amount }
report-by-operator = By operator:
report-refunds = ↩️ Given back in cash (unused prepaid time): { $amount }
report-net-cash = 💵 Net cash (cash taken less given back): { $amount }
report-sessions-none = 🖥 Sessions: none ended.
report-sessions = 🖥 Sessions ended: { $count }, { $sold } sold, { $average } on average
report-owed-none = ✅ Nothing owed for these days.
report-owed = ⏳ Still owed: { $amount } ({ $count ->
    [one] { $count } payment
   *[other] { $count } payments
  })
report-owed-by-reason = { $reason ->
    [not_requested] Not asked for yet
    [failed] Prompt failed
    [unknown] No answer from M-Pesa
   *[mismatch] Another amount paid
  }: { $amount }
report-waiting = ⌛ Waiting for the customer's PIN: { $amount }, not counted yet
report-to-check = 🔎 Check on the M-Pesa statement:
report-biggest-owed = 📌 Biggest amounts owed:
report-owed-line = • { $amount } { $customer } ({ $date }): { $reason ->
    [not_requested] not asked for yet
    [failed] M-Pesa prompt failed
    [unknown] no answer from M-Pesa: check the statement
   *[mismatch] another amount was paid: check the statement
  }

report-chart-title = Takings by { $unit ->
    [hour] hour
   *[day] day
  }, { $period }
report-chart-cash = Cash
report-chart-amounts = KES
report-chart-hours = Hour
report-chart-days = Day
report-chart-caption = 📈 Takings, { $period }: M-Pesa and cash

report-daily-summary-heading = 🌙 Closing time: the day's summary
report-shifts-left-open = ⚠️ Shifts left open past closing time ({ $closing }): { $count }
report-shift-left-open = • { $name }, opened { $opened } with a float of { $float }: { $closed ->
    [none] still open
   *[other] closed { $closed }
  }
report-shifts-left-open-ask = Ask whoever left theirs open to count the drawer and close it with /shift.



## shifts

shift-ask-float = Opening your shift. How much cash is in the drawer to start with (the float)? Type it in whole shillings, e.g. 2000 (0 if none).
shift-invalid-float = Type the float in whole shillings, digits only, e.g. 2000 (0 if the drawer is empty). Your shift is not open yet.
shift-opened = 🟢 Shift opened at { $opened } with a float of { $float }. Send /shift to see it or close it.
shift-already-open = Your shift is already open, since { $opened } with a float of { $float }: nothing was changed. Send /shift to see it or close it.
shift-so-far = 🧾 Your shift since { $opened } ({ $duration })
shift-float = Float: { $amount }
shift-cash-taken = Cash taken: { $amount }
shift-cash-given-back = Cash given back: { $amount }
shift-expected = Expected in the drawer: { $amount }
shift-mpesa-paid = M-Pesa paid: { $amount }
shift-still-running = Sessions you started still running: { $count ->
    [0] none.
   *[other] { $count }
  }
shift-running-session = • { $computer ->
    [none] {""}
   *[other] { $computer }:{" "}
  }{ $customer }, since { $since }, { $amount } so far
shift-close-button = 🔒 Close the shift
shift-keep-button = Keep it open
shift-kept-open = Your shift stays open. Send /shift to close it later.
shift-ask-counted = Count the cash in the drawer and type the total in whole shillings, e.g. 3500.
shift-invalid-counted = Type the cash counted in whole shillings, digits only, e.g. 3500. Your shift is still open.
shift-closed = 🔒 Shift closed: { $name }, { $opened } – { $closed } ({ $duration })
shift-counted = Counted: { $amount }
shift-not-counted = Counted: not counted (closed when { $name } was taken off the staff)
shift-not-counted-closed-by = Counted: not counted (closed when { $name } was taken off the staff by { $by })
shift-short = ❗ Short by { $amount }
shift-over = ➕ Over by { $amount }
shift-no-difference = ✅ The drawer agrees: no difference.
shift-mpesa-at-close = M-Pesa paid (as of the close): { $amount }
shift-left-running = Sessions left running: { $count ->
    [0] none.
   *[other] { $count }
  }
shift-already-closed = This shift was already closed: nothing was changed.
shift-not-found = That shift is not open any more. Send /shift to see where you stand.

shift-long-session =
    ⏰ Long session: { $computer ->
        [none] {""}
       *[other] { $computer },{" "}
    }{ $customer }, since { $since } ({ $duration }), started by { $by }.
    Charge so far: { $amount }{ $prepaid ->
        [none] {""}
       *[other] {" "}({ $prepaid } of it prepaid)
    }.
    Check that the customer is still there. If they left, tap End and take the payment; if they stay, you may ask them to pay for the time so far.



## menu-payments

# Optional parts of a sentence, given to it as $paidBy and $account (empty when unknown).
menu-payments-paid-by = {" "}by { $payer }
menu-payments-account-typed = , account “{ $account }”
menu-payments-money-line = { $amount }{ $paidBy }, receipt { $receipt }, at { $time }{ $account }
menu-payments-placed = ✅ Paid from the M-Pesa menu: { $amount } for { $customer } (bill { $reference }), paid{ $paidBy }, receipt { $receipt }, at { $time } ({ $placement ->
        [REFERENCE] the account number was its bill number
        [AMOUNT_AND_PHONE] the only open bill of that amount for that phone
        [STAFF] placed by hand
       *[RECEIPT_CHECK] the receipt was checked with M-Pesa
    }).
menu-payments-unplaced =
    💰 { $amount } paid from the M-Pesa menu{ $paidBy }, receipt { $receipt }, at { $time }{ $account }.
    { $why }
    Put it on a bill with the button below, or later from /unplaced.
menu-payments-why-no-bill = No open bill of that amount fits the payer's phone.
menu-payments-why-several-bills = More than one open bill has that amount: pick the right one.
menu-payments-why-reference-unknown = The account number typed is no bill's number.
menu-payments-why-amount-differs = The amount differs from the bill's.
menu-payments-why-amount-differs-bill = The account number is bill { $reference } ({ $customer }), but that bill is { $billAmount }.
menu-payments-why-bill-paid = Its bill was already paid.
menu-payments-why-bill-paid-bill = The account number is bill { $reference } ({ $customer }), which was already paid: paid twice?
menu-payments-why-approval-pending = Its bill waits for a manager.
menu-payments-why-approval-pending-bill = The account number is bill { $reference } ({ $customer }), whose lower amount waits for a manager.
menu-payments-place-button = 📌 Put it on a bill
menu-payments-list-empty = ✅ Nothing to place: every payment from the M-Pesa menu is on a bill (or set aside).
menu-payments-list-header = 💰 Paid from the M-Pesa menu, on no bill yet (newest first):
menu-payments-list-hint = Tap one to put it on a bill.
menu-payments-pick-bill = Tap the bill of { $amount } it pays:
menu-payments-no-bill-of-amount = No owed bill is of { $amount }. A bill is settled only by its exact amount: see all owed bills below.
menu-payments-pick-any-bill = All owed bills (only one of the same amount can take it):
menu-payments-no-bill = Nothing is owed.
menu-payments-all-bills-button = 📋 All owed bills
menu-payments-same-amount-button = 🔙 Bills of that amount
menu-payments-set-aside-button = 🗄 Set aside
menu-payments-put-on-bill = ✅ { $amount } (receipt { $receipt }) put on bill { $reference } of { $customer }: paid.
menu-payments-refused-placed = It is on a bill already.
menu-payments-refused-placed-bill = It is on bill { $reference } of { $customer } already.
menu-payments-refused-set-aside = A manager set it aside (given back, or not for a bill here): it pays no bill.
menu-payments-refused-bill-not-found = That bill is gone.
menu-payments-refused-bill-paid = That bill is paid already.
menu-payments-refused-bill-paid-bill = Bill { $reference } of { $customer } is paid already: pick another.
menu-payments-refused-amount-differs = ❌ Not placed: the amounts differ.
menu-payments-refused-amount-differs-bill = ❌ Bill { $reference } is { $billAmount }, the payment { $amount }: a bill takes only its exact amount. Paid less? ✂️ Lower the bill first. Not for a bill? A manager sets it aside.
menu-payments-refused-approval-pending = That bill waits for a manager.
menu-payments-refused-approval-pending-bill = Bill { $reference } waits for a manager to answer a lower amount: place it once that is decided.
menu-payments-already-placed = ✅ { $amount } (receipt { $receipt }) is on bill { $reference } of { $customer }.
menu-payments-already-set-aside = 🗄 { $amount } (receipt { $receipt }) was set aside.
menu-payments-already-set-aside-by = 🗄 { $amount } (receipt { $receipt }) was set aside by { $by }.
menu-payments-not-found = That payment is not recorded here.
menu-payments-ask-note = Why set aside { $amount } (receipt { $receipt })? A few words (a refund, another business…).
menu-payments-set-aside = 🗄 { $amount } (receipt { $receipt }) set aside: it left /unplaced.
menu-payments-pay-from-menu-button = 📲 Pay from the M-Pesa menu
# $amountToType is the amount as the customer types it: digits only.
menu-payments-pay-from-menu-paybill =
    📲 { $customer } pays { $amount } from the M-Pesa menu:
    Lipa na M-Pesa → Pay Bill
    Business number: { $shortCode }
    Account number: { $reference }
    Amount: { $amountToType }
    The bill settles itself when the money arrives; this message then says so.
menu-payments-pay-from-menu-till =
    📲 { $customer } pays { $amount } from the M-Pesa menu:
    Lipa na M-Pesa → Buy Goods and Services
    Till number: { $shortCode }
    Amount: { $amountToType }
    A till has no account number: the bill settles itself when exactly this amount arrives from the customer's phone and no other open bill of that amount fits it; otherwise it waits in /unplaced. This message says so when it is paid.
menu-payments-pay-from-menu-already-sent = If the customer's M-Pesa already shows this money sent (the prompt may have gone through), do not pay again: tap 🧾 Check a receipt.



## receipt-checks

receipt-checks-button = 🧾 Check a receipt
receipt-checks-ask = 🧾 Type the receipt code the customer shows (e.g. QK12ABC345), or forward their M-Pesa SMS. /cancel to stop.
receipt-checks-no-receipt = No M-Pesa receipt code in that (10 letters and digits, e.g. QK12ABC345). Send it again, or /cancel.
receipt-checks-checking = 🔎 Checking receipt { $receipt }…
receipt-checks-which-bill = 🧾 Receipt { $receipt }: which bill is it for?
receipt-checks-which-bill-amount = 🧾 Receipt { $receipt } ({ $amount }): which bill is it for?
receipt-checks-no-bill-owed = 🧾 Receipt { $receipt }: no bill is owed now, so there is nothing to check it for.
receipt-checks-settled = ✅ Receipt { $receipt } paid bill { $reference } ({ $customer }, { $billAmount }).
receipt-checks-settled-confirmed = ✅ Receipt { $receipt }, confirmed by M-Pesa, paid bill { $reference } ({ $customer }, { $billAmount }).
receipt-checks-used = 🧾 Receipt { $receipt } paid bill { $reference } ({ $customer }, { $billAmount }): it cannot pay another bill.
receipt-checks-amount-differs = ⚠️ Receipt { $receipt } ({ $amount }) does not match the bill. Nothing was credited. If the customer paid less, ✂️ Lower the amount of the bill to what was paid and take the rest another way, then put the money on it from /unplaced; otherwise a manager can set it aside there.
receipt-checks-amount-differs-bill = ⚠️ Receipt { $receipt } ({ $amount }) does not match bill { $reference } ({ $customer }, { $billAmount }). Nothing was credited. If the customer paid less, ✂️ Lower the amount of the bill to what was paid and take the rest another way, then put the money on it from /unplaced; otherwise a manager can set it aside there.
receipt-checks-bill-paid = ⚠️ The bill was paid meanwhile. Receipt { $receipt } ({ $amount }) was not credited: place it from /unplaced.
receipt-checks-bill-paid-bill = ⚠️ bill { $reference } ({ $customer }, { $billAmount }) was paid meanwhile. Receipt { $receipt } ({ $amount }) was not credited: place it from /unplaced.
receipt-checks-approval-pending = ⏳ The bill waits for a manager to answer a lower amount. Receipt { $receipt } ({ $amount }) was not credited yet: place it from /unplaced once they answer.
receipt-checks-approval-pending-bill = ⏳ bill { $reference } ({ $customer }, { $billAmount }) waits for a manager to answer a lower amount. Receipt { $receipt } ({ $amount }) was not credited yet: place it from /unplaced once they answer.
receipt-checks-bill-not-found = ⚠️ That bill is gone. Receipt { $receipt } ({ $amount }) was not credited: place it from /unplaced.
receipt-checks-set-aside = ⚠️ Receipt { $receipt } ({ $amount }) was set aside by a manager (given back, or not for a bill here). Nothing was credited. Ask a manager.
receipt-checks-asking = 🔎 Asking M-Pesa about receipt { $receipt }… This message will show the answer.
receipt-checks-asking-bill = 🔎 Asking M-Pesa about receipt { $receipt } for bill { $reference } ({ $customer }, { $billAmount })… This message will show the answer.
receipt-checks-already-asking = 🔎 M-Pesa is already being asked about receipt { $receipt }: wait for that answer.
receipt-checks-already-asking-bill = 🔎 M-Pesa is already being asked about receipt { $receipt } for bill { $reference } ({ $customer }, { $billAmount }): wait for that answer.
receipt-checks-not-received =
    ❔ Receipt { $receipt } has not reached the service: no confirmation from M-Pesa yet. Nothing was credited.
    Without Transaction Status credentials (MPESA_INITIATOR_NAME, MPESA_SECURITY_CREDENTIAL) the bot can only look at what M-Pesa sent: try again in a minute, or take the payment another way.
receipt-checks-not-found = ❌ M-Pesa does not know receipt { $receipt }. Nothing was credited. Check the code on the customer's SMS.
receipt-checks-paid-to-another-business = ❌ Receipt { $receipt } is money paid to another business, not to this café. Nothing was credited.
receipt-checks-not-completed = ❌ Receipt { $receipt } is not a completed payment. Nothing was credited.
receipt-checks-no-answer = ⌛ M-Pesa did not answer about receipt { $receipt }: try again in a minute.
# $error: why M-Pesa could not be asked (the mpesa section's error sentence).
receipt-checks-could-not-ask = ❌ Could not ask M-Pesa about receipt { $receipt }: { $error }



## language

language-name = English
language-command = Choose the language you read the bot in
language-ask = Which language should I write to you in? Your notifications and command menu follow it.
language-chosen = From now on I write to you in English.

