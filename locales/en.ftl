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


