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




## mpesa




## notices




## manager




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




## shifts




## menu-payments




## receipt-checks




## language


