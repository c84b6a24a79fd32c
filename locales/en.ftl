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

simulated-lead =
    🧪 Simulated M-Pesa: no real money moved.
    { $text }
access-not-staff = You are not on the staff of this café; your Telegram id is { $telegramId }. Give it to the manager, who can send you an invite link.
managers-only = Only managers can do that.
managers-only-question-closed = You are not a manager any more, so that question was closed and nothing was changed.
something-went-wrong = Something went wrong on our side. Check /sessions or /unpaid before trying again; if it happens again, tell the manager.

# The command menu: what each command does, in a few words.
command-new = Start a session on a computer
command-sessions = Active sessions, with End buttons
command-pay = Record another payment
command-payments = Recent payments
command-unpaid = What is still owed
command-unplaced = M-Pesa menu payments to put on a bill
command-customers = Find or edit a customer
command-shift = Open or close your shift (cash-up)
command-help = What the bot does
command-cancel = Leave what you are doing
command-invite = Invite an operator or manager
command-invites = Invite links not used yet
command-staff = Staff list
command-tariff = See or change the tariff
command-computers = The café's computers
command-report = Takings, sessions and money owed
command-export = Payments, sessions and customers as CSV files
command-audit = Who did what: the audit trail

# /help: the greeting, every operator's commands, the managers' ones, and /cancel.
help-hello =
    Hello { $name }. You are { $role ->
        [MANAGER] a manager
       *[other] an operator
    } here.
help-operator-commands =
    /new – start a session on a computer
    /sessions – active sessions; End one to take the money
    /pay – record another payment (fees, printing, balances)
    /payments – recent payments
    /unpaid – what is still owed
    /unplaced – money paid from the M-Pesa menu that is on no bill yet: tap it, then its bill
    A customer's M-Pesa receipt code or SMS, sent or forwarded here – checks which bill it paid
    /customers – find or edit a customer
    /shift – open your shift with the float, or see it and close it with the cash counted
    /language – the language you read the bot in: English or Kiswahili
help-manager-commands =
    Managers:
    /invite – invite an operator or manager
    /invites – invite links not used yet; revoke one
    /staff – staff list; deactivate or reactivate someone
    /tariff – see or change the tariff
    /computers – the café's computers: add, rename, group, out of order, retire
    /report – takings, sessions and money owed: today, yesterday, week, month, a day (28/11/2026) or a range (1/11/2026-15/11/2026)
    /export – the payments, sessions and customers of the same periods as CSV files for a spreadsheet
    /audit – who did what, newest first; /audit Otieno for one person (or tap 👤 By person), /audit Jane or /audit 0712345678 for one customer
help-cancel = /cancel leaves whatever you are doing.

# Joining with an invite link that cannot be used.
join-refused-unknown = That invite link is not valid (or was revoked). Ask the manager for a new one.
join-refused-expired = That invite link has expired (they last 24 hours). Ask the manager for a new one.
join-refused-used = That invite link was already used. Ask the manager for a new one.
join-refused-already-staff = You are already on the staff. /help shows what you can do.
join-refused-deactivated = You were taken off the staff, and an invite link cannot bring you back. Ask a manager to reactivate you (in /staff).

# A question left because a command or a button opened another one.
put-aside-new-session = ⏸ Your /new was put aside: no session was started. Send /new to start again.
put-aside-pay = ⏸ Your /pay was put aside: the payment was not recorded. Send /pay to start again.
put-aside-other-number = ⏸ The prompt to another number was put aside: nothing was sent. Tap ✏️ Another number under the payment (or find it in /unpaid) to start again.
put-aside-tariff-change = ⏸ Your tariff change was put aside: the tariff stays as it was. Send /tariff to start again.
put-aside-customer-search = ⏸ Your /customers search was put aside. Send /customers to search again.
put-aside-prepay-amount = ⏸ The prepaid amount was put aside: no time was bought. Tap ⏱ Amount… under the session again to start again.
put-aside-void-session = ⏸ Voiding the session was put aside: it is still running. Tap 🗑 Void in /sessions to start again.
put-aside-lower-amount = ⏸ Lowering the amount was put aside: it stays as it was. Tap ✂️ Lower the amount under the payment (or find it in /unpaid) to start again.
put-aside-customer-edit = ⏸ Your change to the customer was put aside: nothing was saved. Find them with /customers to change it again.
put-aside-check-receipt = ⏸ The receipt check was put aside: nothing was checked. Tap 🧾 Check a receipt under the payment to start again.
put-aside-shift = ⏸ Your /shift was put aside: your shift was not opened or closed. Send /shift to start again.
put-aside-set-aside = ⏸ The payment was not set aside: it is still in /unplaced.

conversation-cancelled = Stopped. Nothing more was changed.
conversation-nothing-to-cancel = There was nothing to stop.
conversation-expired = That took too long, so I stopped. Start again when you are ready.
answer-invalid-reason = Type the reason in a few words (at most { $max } characters).
answer-stale-button = That button is from an old message.
answer-tap-a-button = Tap one of the buttons above, or /cancel.
answer-unknown-command = I did not understand that. /help shows what I can do.

# Why a typed person's name was refused.
name-problem-missing = A name is needed here: type it in letters.
name-problem-digits = A name has no digits: type it in letters.
name-problem-emoji = A name has no emoji: type it in letters.
name-problem-symbols = A name has no symbols such as @, # or _: only letters, spaces, apostrophes, dots and hyphens.
name-problem-first-letter = A name starts with a letter.
name-problem-too-long = That is too long for a name: { $max } letters at most.



## sessions

# Choosing or creating the customer.
customer-label-id-number = ID { $idNumber }
customer-ask-search = Who is the customer? Type part of their name, phone or ID number.
customer-search-too-short = Type at least 2 letters or digits.
customer-matches-none = No customer matches that. Type another search, or create a new customer:
customer-matches-first = Pick the customer (showing the first { $limit }; type more of the name to narrow it down):
customer-matches-pick = Pick the customer, or type another search:
customer-create-button = ➕ New customer
customer-ask-first-name = New customer. First name?
customer-ask-last-name = Last name?
customer-ask-phone = Their M-Pesa phone number? (or /skip)
customer-ask-id-number = ID number? (or /skip)
customer-invalid-id-number = An ID number is 4 to 20 letters or digits.
customer-id-number-taken = That ID number already belongs to { $label }. I will use that customer.
customer-created = Customer saved: { $label }

# Starting, listing, ending and voiding sessions. $computer is "none" when the session has no computer.
session-ask-computer = Which computer? Tap a free one, or type its name.
session-ask-computer-none-listed-manager = Which computer? None are listed yet: type its name to add it (e.g. PC-4; /computers adds a whole range), or /skip to start without one.
session-ask-computer-none-listed = Which computer? None are listed yet (a manager adds them with /computers): /skip to start without one.
session-no-computer-free = No computer is free: end a session in /sessions first, or ask a manager to put one back in order (/computers).
session-computer-busy = { $computer } is in use: { $customerName } since { $since }.
session-computer-out-of-order = { $computer } is out of order.
session-computer-unknown = { $computer } is not one of the café's computers.
session-computer-add-question = { $computer } is not one of the café's computers yet: tap ➕ to add it and start the session on it.
session-add-computer-button = ➕ Add { $computer }
session-started =
    ▶️ Session started for { $name }{ $computer ->
        [none] {""}
       *[other] {" "}on { $computer }
    } at { $at }.
session-already-active =
    { $name } already has a session running{ $computer ->
        [none] {""}
       *[other] {" "}on { $computer }
    } since { $since }. End it first:
session-none-active = No sessions are running. /new starts one.
session-list-header =
    Active sessions: { $count }{ $pages ->
        [1] {""}
       *[other] {" "}(page { $page } of { $pages })
    }
session-list-item-running = since { $since }, { $duration }, { $amount } so far
session-list-item-prepaid = ⏱ prepaid until { $until }: { $amount }
session-free-line = 🟢 Free ({ $count }): { $names }
session-free-line-in-group = 🟢 Free in { $group } ({ $count }): { $names }
session-none-free-line = No computer is free.
session-out-of-order-line = 🔧 Out of order: { $names }
session-end-button = ⏹ End { $session }
# $how: voided or ended; $at is "none" when the time is not known.
session-already-ended =
    This session was already { $how ->
        [voided] voided
       *[ended] ended
    }{ $at ->
        [none] {""}
       *[other] {" "}at { $at }
    }.
session-already-ended-by =
    This session was already { $how ->
        [voided] voided
       *[ended] ended
    } by { $by }{ $at ->
        [none] {""}
       *[other] {" "}at { $at }
    }.
session-void-button = 🗑 Void
session-void-managers-only = Only the operator who started a session may void it, within 5 minutes of its start. After that, ask a manager.
session-ask-void-reason =
    Void the session of { $name }{ $computer ->
        [none] {""}
       *[other] {" "}on { $computer }
    }? It will charge nothing. Type why (e.g. wrong customer, wrong computer), or /cancel to keep it:
session-voided =
    🗑 Session of { $name }{ $computer ->
        [none] {""}
       *[other] {" "}on { $computer }
    } voided: nothing charged, and the managers are told.
session-not-found = That session no longer exists.

# Prepaid time. $customer is the customer with their computer in brackets; $session the computer with its customer.
prepaid-amount-button = ⏱ Amount…
prepaid-ask-amount = How much does { $name } pay for time? Amount in KES:
prepaid-invalid-amount = Type a whole number of shillings, e.g. 50.
prepaid-too-little = { $amount } does not buy a whole minute. Type a larger amount:
prepaid-ended = That session has ended: no time can be added to it.
prepaid-bought = ⏱ { $customer } prepaid until { $until }: { $amount }.
prepaid-send-prompt = Send the M-Pesa prompt to { $phone }?
prepaid-no-phone = No phone number is saved for this customer: send the prompt to another number, or take cash.
prepaid-bought-free = ⏱ { $customer } prepaid until { $until }: nothing more to pay (the minimum charge covers it).
prepaid-five-minutes-left = ⏳ { $session }: 5 minutes left
prepaid-time-up = ⌛ { $session }: time is up
prepaid-extend-button = ➕ Extend { $duration }
prepaid-not-refunded = Unused prepaid time is not refunded automatically; a manager can refund it from /payments (the prepaid payment's details).
prepaid-refund-button = ↩️ Refund { $amount } (unused time)
prepaid-refunded = ↩️ Refund recorded: give { $customerName } { $amount } in cash for the unused prepaid time. No M-Pesa reversal is made.
prepaid-refunded-notice = ↩️ { $refundedBy } refunded { $amount } in cash to { $customer } for unused prepaid time. No M-Pesa reversal.
prepaid-refund-drawer = From { $drawer }'s drawer: it counts in the cash-up of { $drawer }'s shift.
prepaid-refund-no-drawer = No shift was open, so no drawer was charged: count it at the next cash-up.
prepaid-already-refunded = Already refunded: { $amount } by { $by } at { $at }.
prepaid-nothing-unused = No unused prepaid time paid for: nothing to refund.
prepaid-ended-within = { $customerName }, { $duration }: nothing more to pay. Prepaid: { $prepaidDuration }, { $prepaidAmount }.



## computers

computers-name-empty = Type the computer's name, e.g. PC-4.
computers-name-too-long = A computer's name is at most { $max } characters, e.g. PC-4.
computers-name-bad-characters = A computer's name is letters and digits (spaces or hyphens between them are fine), e.g. PC-4.
computers-names-empty = Type a name (PC-4), several (PC-4, PC-5) or a range (PC-1..PC-20).
computers-names-bad-range = A range goes up from one number to another with the same name before it, e.g. PC-1..PC-20.
computers-names-too-many = At most { $max } computers at once.
computers-group-name-empty = Type the group's name, e.g. Gaming.
computers-group-name-too-long = A group's name is at most { $max } characters.
computers-group-name-bad-characters = A group's name is letters, digits and spaces, e.g. Gaming.
computers-none = No computers are listed yet. Add them, one or a whole range (PC-1..PC-20): /new then offers the free ones, and /sessions shows them all.
computers-header = Computers ({ $count }):
computers-out-of-order-line = 🔧 Out of order: { $computers }
computers-retired-line = Retired: { $computers } (adding a name again brings it back)
computers-tap-hint = Tap a computer to rename it, put it in a group, mark it out of order or retire it.
computers-add-button = ➕ Add computers
computers-previous-page = ◀️ Back
computers-next-page = Next ▶️
computers-card-in-use = In use: { $customer } since { $since }.
computers-card-free = Free.
computers-card-out-of-order = 🔧 Out of order: not offered for new sessions.
computers-rename-button = ✏️ Rename
computers-group-button = 🗂 Group
computers-out-of-order-button = 🔧 Out of order
computers-back-in-order-button = ✅ Back in order
computers-retire-button = 🗑 Retire
computers-all-button = ◀️ All computers
computers-ask-names = Which computers? Type a name (PC-4), several (PC-4, PC-5) or a range (PC-1..PC-20).
computers-ask-group = Put { $computers } in a group?
computers-no-group-button = No group
computers-new-group-button = ➕ New group
computers-ask-group-name = Name of the new group? (e.g. Gaming)
computers-added = ✅ Added: { $computers }.
computers-added-to-group = ✅ Added: { $computers } ({ $group }).
computers-restored = ♻️ Brought back: { $computers }.
computers-already-listed = Already listed, left as they were: { $computers }.
computers-ask-rename = New name for { $name }?
computers-name-kept = { $name } keeps its name.
computers-renamed = ✅ { $from } is now { $to }.
computers-name-of-retired = { $name } is the name of a retired computer: to use that one again, add { $name } in /computers. Type another name, or /cancel.
computers-name-taken = There is already a computer named { $name }. Type another name, or /cancel.
computers-moved = ✅ { $name } is in { $group }.
computers-moved-to-no-group = ✅ { $name } is in no group.
computers-marked-out-of-order = 🔧 { $name } is out of order: it is not offered for new sessions until it is back in order.
computers-marked-back-in-order = ✅ { $name } is back in order.
computers-confirm-retire = Retire { $name }? It is no longer offered or listed; its past sessions keep its name. Adding { $name } again brings it back.
computers-confirm-retire-button = 🗑 Yes, retire
computers-keep-button = ↩️ No, keep it
computers-retired = 🗑 { $name } is retired.
computers-retire-busy = { $name } is in use ({ $customer }): end that session first, then retire it.
computers-not-found = That computer is no longer listed.



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

# /invite
manager-invite-ask-role = Who are you inviting?
manager-invite-operator-button = 🧑‍💻 Operator
manager-invite-manager-button = 👔 Manager
manager-invite-link =
    Invite link for { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }:
    { $link }

    Send it only to that person. It works once, until { $until }; whoever opens it joins as { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }. /invites lists the links not used yet and revokes them.

# /invites
manager-invites-header = { $count ->
        [0] No invite links are waiting to be used. /invite makes one.
       *[other] Invite links not used yet ({ $count }):
    }
manager-invites-item = { $number }. For { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }, made by { $by }, works until { $until }
# An invite made on the server with `npm run invite`.
manager-invites-item-by-server = { $number }. For { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }, made by the server (npm run invite), works until { $until }
manager-invites-revoke-button = 🗑 Revoke { $number } ({ $role ->
        [MANAGER] manager
       *[OPERATOR] operator
    })
manager-invites-revoked = Revoked: that link no longer works.
manager-invites-gone = That link was already used or revoked.

# /staff
manager-staff-header = Staff ({ $count }):
# $you: yes for the manager reading the list; $state: active or deactivated.
manager-staff-item = { $state ->
        [deactivated] ⚪
       *[active] 🟢
    } { $name } – { $role ->
        [MANAGER] manager
       *[OPERATOR] operator
    }{ $you ->
        [yes] {" "}(you)
       *[no] {""}
    }{ $state ->
        [deactivated] , deactivated
       *[active] {""}
    }
manager-staff-deactivate-button = 🚫 Deactivate { $name }
manager-staff-confirm-deactivate = Deactivate { $name } ({ $role ->
        [MANAGER] manager
       *[OPERATOR] operator
    })? The bot stops answering them at once, they hear about no more payments, and invite links they made that nobody used stop working. To bring them back, reactivate them here; an invite link cannot.
manager-staff-confirm-button = 🚫 Yes, deactivate
manager-staff-keep-button = ↩️ No, keep
manager-staff-deactivated = { $name } is deactivated.{ $revokedInvites ->
        [0] {""}
        [one] {" "}{ $revokedInvites } invite link they made no longer work.
       *[other] {" "}{ $revokedInvites } invite links they made no longer work.
    }
manager-staff-shift-closed-uncounted = { $name }'s shift was closed without a count: { $expected } should be in the drawer.
manager-staff-not-found = That person is not on the staff list any more.
manager-staff-self = You cannot deactivate yourself. Ask another manager.
manager-staff-already-inactive = { $name } was already deactivated.
manager-staff-reactivate-button = ♻️ Reactivate { $name }
manager-staff-confirm-reactivate = Reactivate { $name } as { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }? They can use the bot again at once.
manager-staff-confirm-reactivate-button = ♻️ Yes, reactivate
manager-staff-keep-out-button = ↩️ No
manager-staff-reactivated = { $name } is back on the staff.
manager-staff-already-active = { $name } is already active.
# $role: the role the button gives.
manager-staff-role-button = { $role ->
        [MANAGER] ⬆️ Make { $name } manager
       *[OPERATOR] ⬇️ Make { $name } operator
    }
manager-staff-confirm-make-manager = Make { $name } a manager? They can use the managers' commands at once: /staff, /invite, /tariff, /report, /export and /audit among them, and they hear about every payment.
manager-staff-confirm-make-operator = Make { $name } an operator? They lose the managers' commands at once and hear about payments no more.
manager-staff-confirm-make-yourself-operator = Make yourself an operator? You lose the managers' commands at once and hear about payments no more.
manager-staff-confirm-role-button = { $role ->
        [MANAGER] ⬆️ Yes, make manager
       *[OPERATOR] ⬇️ Yes, make operator
    }
manager-staff-role-changed = { $name } is now { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }.
manager-staff-role-changed-yourself = You are now { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }.
# The role changed since the list was shown, or the person was deactivated: nothing done.
manager-staff-role-stale = { $name } is already { $role ->
        [MANAGER] a manager
       *[OPERATOR] an operator
    }: nothing changed.
manager-staff-role-stale-deactivated = { $name } is deactivated: nothing changed.
# For the person whose role changed.
manager-staff-you-are-manager = { $by } made you a manager. You can now use /staff, /invite, /invites, /tariff, /computers, /report, /export and /audit (see your command menu), and you hear about every payment.
manager-staff-you-are-operator = { $by } made you an operator. The managers' commands (/staff, /tariff, /report, /audit and the others) are no longer yours, and you hear only about the payments you ask for; your command menu shows what you can use.
manager-staff-last-manager = The café needs at least one manager: make someone else a manager first.

# /tariff
manager-tariff-rate-line = • { $rate } per hour, charged by the second
# $window: "06:00–09:00".
manager-tariff-window-line = • { $window }: { $rate } per hour
manager-tariff-minimum-line = • Minimum charge: { $minimum }
manager-tariff-rounding-line = • Rounding: { $rounding ->
        [UP] always up
        [DOWN] always down
       *[HALF_UP] to the nearest shilling (half up)
    }
manager-tariff-now = Tariff now:
manager-tariff-changed-by = Changed by { $by } on { $at }.
manager-tariff-changed-by-former-staff = Changed by someone no longer on the staff on { $at }.
manager-tariff-default = This is the default from the settings; no manager has changed it yet.
manager-tariff-group-own = { $group } computers, own tariff:
manager-tariff-group-uses-cafe = { $group } computers: the tariff above.
manager-tariff-change-button = ✏️ Change café tariff
manager-tariff-change-group-button = ✏️ Change { $group } tariff
manager-tariff-clear-group-button = ↩️ { $group }: use café tariff
manager-tariff-group-cleared = { $group } computers now use the café tariff for sessions started from now on; sessions already running keep the tariff they started with.
manager-tariff-group-gone = That group is no longer there.
manager-tariff-group-changed-meanwhile = { $by } changed the { $group } tariff after you looked at it, so I did not send { $group } back to the café tariff. Here is the tariff now.
manager-tariff-group-changed-meanwhile-by-someone = Someone changed the { $group } tariff after you looked at it, so I did not send { $group } back to the café tariff. Here is the tariff now.
manager-tariff-ask-rate = New rate per hour, in whole shillings? (now { $now })
manager-tariff-ask-group-rate = Tariff for { $group } computers. New rate per hour, in whole shillings? (now { $now })
manager-tariff-invalid-rate = Type a whole number of shillings from 1 to { $max }, e.g. 60.
# $now: the windows set now, or manager-tariff-no-windows.
manager-tariff-ask-windows =
    Other rates at times of day? One per line: the times on the café's clock and the rate per hour, e.g.
    06:00-09:00 50
    22:00-06:00 60 (a window may cross midnight)
    Send none for one rate all day, or /skip to keep what is set now ({ $now }).
manager-tariff-no-windows = none
# $problem: one of the manager-tariff-windows-… messages.
manager-tariff-invalid-windows = { $problem } Send the windows again, or none.
manager-tariff-windows-unreadable = I could not read “{ $line }”: write a window as start-end rate, e.g. 06:00-09:00 50.
manager-tariff-windows-time = Times go from 00:00 to 24:00.
manager-tariff-windows-empty = A window must end at another time than it starts.
manager-tariff-windows-rate = A rate is a whole number of shillings from 1 to { $max }.
manager-tariff-windows-too-many = At most { $max } windows.
manager-tariff-windows-overlap = Two windows overlap: each time of day can have one rate only.
manager-tariff-ask-minimum = Minimum charge for a session, in whole shillings? (now { $now })
manager-tariff-invalid-minimum = Type a whole number of shillings from 1 to { $max }, e.g. 10.
manager-tariff-ask-rounding =
    How should part of a shilling be rounded?
    Half up: 12.50 → 13, 12.40 → 12
    Up: 12.10 → 13
    Down: 12.90 → 12
manager-tariff-half-up-button = Half up
manager-tariff-up-button = Up
manager-tariff-down-button = Down
manager-tariff-new = New tariff:
manager-tariff-new-for-group = New tariff for { $group } computers:
manager-tariff-windows-explained = Each part of a session is charged at the rate of its time of day; the parts are added up exactly, rounded once, and then raised to the minimum charge if below it.
# $examples: "30 min → KES 50, 1 h → KES 100".
manager-tariff-examples = For example: { $examples }.
manager-tariff-examples-outside-windows = For example, outside those times: { $examples }.
manager-tariff-save-question = It applies to sessions started from now on; sessions already running keep the tariff they started with. Save it?
manager-tariff-save-button = ✅ Save
manager-tariff-discard-button = ✖️ Don't change
manager-tariff-saved = ✅ Tariff changed. Sessions started from now on are charged with it; sessions already running keep the tariff they started with.
manager-tariff-saved-for-group = ✅ { $group } tariff changed. Sessions started from now on on { $group } computers are charged with it; sessions already running keep the tariff they started with.
manager-tariff-discarded = Nothing was changed; the tariff stays as it was.
manager-tariff-changed-meanwhile = { $by } changed the tariff while you were answering, so I did not save yours. /tariff shows the tariff now.
manager-tariff-changed-meanwhile-by-someone = Someone changed the tariff while you were answering, so I did not save yours. /tariff shows the tariff now.
manager-tariff-invalid = That tariff is not valid, so nothing was changed. /tariff to try again.

# /customers
manager-customer-no-match = No customer matches “{ $query }”. Type another part of the name, phone or ID number, or /cancel.
manager-customer-pick = Pick the customer:
manager-customer-pick-among-first = Pick the customer. Only the first { $limit } matches are shown; to see others, send /customers with more of the name, e.g. /customers jane wanjiru.
manager-customer-phone = Phone: { $phone }
manager-customer-id-number = ID number: { $idNumber }
# $note: kept by the import from the Django app (a phone or ID number it could not take as it was).
manager-customer-note = Note: { $note }
manager-customer-unpaid = Not paid yet: { $unpaid } (see /unpaid)
manager-customer-nothing-unpaid = Not paid yet: nothing
manager-customer-latest-balance = Balance noted on the last payment: { $balance }
manager-customer-no-sessions = No sessions yet.
manager-customer-sessions = Recent sessions:
manager-customer-session-running = running now
manager-customer-no-payments = No payments yet.
manager-customer-payments = Recent payments:
# $forSession: yes or no; $receipt: none when there is none.
manager-customer-payment = { $icon } #{ $id } { $amount }{ $forSession ->
        [yes] {" "}(session)
       *[no] {""}
    }, { $date }, { $method }, { $state }{ $receipt ->
        [none] {""}
       *[other] , receipt { $receipt }
    }
manager-customer-change-phone-button = 📱 Change phone
manager-customer-change-name-button = ✏️ Change name
manager-customer-ask-phone = New M-Pesa number for { $name }? (now { $phone }) For example 0712 345 678.
manager-customer-ask-first-name = First name? (now { $current }; /skip keeps it)
manager-customer-ask-last-name = Last name? (now { $current }; /skip keeps it)
# $problem: why the name was refused.
manager-customer-invalid-name = { $problem } Or /skip to keep it.
manager-customer-saved = ✅ Saved: { $label }
manager-customer-not-found = That customer no longer exists.



## audit

audit-role = { $role ->
    [MANAGER] manager
   *[OPERATOR] operator
}
audit-a-customer = a customer
audit-someone = someone
audit-on-computer = {" "}on { $computer }
audit-with-receipt = , receipt { $receipt }
audit-from-phone = {" "}from { $phone }
audit-session-started = started { $customer }'s session{ $on }
audit-session-ended = ended { $customer }'s session: { $amount } owed
audit-session-ended-nothing-owed = ended { $customer }'s session: nothing more owed
audit-session-voided = voided { $customer }'s session{ $on }: “{ $reason }”
audit-phone-changed = changed { $customer }'s phone from { $from } to { $to }
audit-prompt-sent = asked M-Pesa to prompt { $customer } for { $amount } on { $phone }
audit-prompt-sent-to-other-number = asked M-Pesa to prompt { $customer } for { $amount } on another number, { $phone } (saved: { $saved })
audit-cash-taken = took { $amount } in cash from { $customer }
audit-prepayment-recorded = recorded { $amount } owed by { $customer } for { $duration } prepaid
audit-payment-recorded = recorded { $amount } owed by { $customer } (for { $date })
audit-amount-lowered = lowered { $customer }'s { $from } to { $amount }: “{ $reason }”
audit-amount-lowered-when-asked = lowered { $customer }'s { $from } to { $amount } (asked by { $askedBy }): “{ $reason }”
audit-prepaid-refunded = gave { $customer } back { $amount } in cash for unused prepaid time
audit-tariff-cleared = put { $group } back on the café's tariff
audit-rounding = { $rounding ->
    [HALF_UP] half up
    [UP] up
    [DOWN] down
   *[other] { $rounding }
}
audit-tariff-rates = { $windows ->
    [0] one rate all day
    [one] { $windows } time-of-day rate
   *[other] { $windows } time-of-day rates
}
audit-tariff-changed = changed the café's tariff to { $rate }/h, minimum { $minimum }, rounding { $rounding }, { $rates }
audit-tariff-changed-for-group = changed the { $group } tariff to { $rate }/h, minimum { $minimum }, rounding { $rounding }, { $rates }
audit-staff-invited = made an invite link for a new { $role }
audit-staff-joined = joined the staff as { $role }
audit-staff-joined-when-invited = joined the staff as { $role } (invited by { $invitedBy })
audit-staff-role-changed = made { $person } { $role }
audit-staff-deactivated = deactivated { $person } ({ $role })
audit-staff-reactivated = reactivated { $person } ({ $role })
audit-shift-opened = opened a shift with a float of { $amount }
audit-shift-closed-uncounted = closed { $person }'s shift without a count (taken off the staff): { $expected } expected in the drawer
audit-shift-short = short by { $amount }
audit-shift-over = over by { $amount }
audit-shift-no-difference = no difference
audit-shift-closed = closed a shift: counted { $counted }, expected { $expected }, { $verdict }
audit-callback-unmatched = ⚠️ { $amount } paid{ $fromPhone } for no prompt we know{ $receipt }: settle it by hand
audit-amount-mismatch = ⚠️ { $customer } paid { $amount } when { $asked } was asked{ $receipt }: not credited, check the statement
audit-paid-after-failure = ⚠️ { $customer } paid { $amount } after the prompt was reported failed or unanswered{ $receipt }: credited
audit-paid-twice = ⚠️ { $customer } paid { $amount } by M-Pesa for a payment already settled{ $receipt }: paid twice, refund one
# How money paid from the M-Pesa menu found its bill, after the bill.
audit-placement = { $placement ->
    [REFERENCE] {" "}(its account number)
    [AMOUNT_AND_PHONE] {" "}(the only bill of that amount for that phone)
    [RECEIPT_CHECK] {" "}after checking the receipt
   *[other] {""}
}
audit-menu-payment-placed = { $amount } paid from the M-Pesa menu{ $receipt } on { $customer }'s bill { $reference }{ $how }
audit-menu-payment-placed-by-staff = placed { $amount } paid from the M-Pesa menu{ $receipt } on { $customer }'s bill { $reference }{ $how }
audit-menu-payment-unplaced = ⚠️ { $amount } paid from the M-Pesa menu{ $fromPhone }{ $receipt } fits no bill: waiting in /unplaced
audit-menu-payment-set-aside = set aside { $amount } paid from the M-Pesa menu{ $receipt }: “{ $note }”
audit-by-server = Server
audit-title = 📜 Audit trail, newest first
audit-title-of = 📜 Audit trail of { $name }, newest first
audit-title-of-customer = 📜 Audit trail of customer { $name }, newest first
audit-someone-no-longer-found = someone no longer found
audit-empty = Nothing recorded yet.
audit-empty-filtered = Nothing recorded for them yet.
audit-older-button = ⬅️ Older
audit-newer-button = Newer ➡️
audit-people-button = 👤 By person
audit-everyone-button = 📜 Everyone
audit-pick-person = Whose trail? Tap a person (or type /audit and part of a customer's name or phone).
audit-pick-match = Several match “{ $query }”. Tap one:
audit-deactivated-staff-button = 👤 { $name } (deactivated)
audit-no-match = Nobody on the staff or among the customers matches “{ $query }”. Type /audit and part of a name or a phone number, or /audit alone for everyone.



## exports

# A table's name, as its file is named.
exports-table = { $table ->
    [payments] payments
    [sessions] sessions
    [customers] customers
    [shifts] shifts
    [audit] audit
   *[other] { $table }
}
# What a table's rows are, after "no".
exports-rows-of = { $table ->
    [payments] payments
    [sessions] sessions
    [customers] customers
    [shifts] shifts
    [audit] audit entries
   *[other] { $table }
}
exports-either = { $others } or { $last }
exports-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
exports-nothing = 📤 Nothing to export for { $period }: no { $tables } in these days.
exports-sent = 📤 Export for { $period }:
exports-table-empty = none in these days, no file
exports-how-to-read = Times are in { $timeZone } with their offset from UTC; amounts in whole KES. A cell that would start with = + - or @ starts with ' so that spreadsheets do not run it.



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

