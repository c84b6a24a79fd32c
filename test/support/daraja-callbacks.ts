// Safaricom-shaped STK callback bodies for tests (see daraja.md): items looked up by name, Balance
// without a Value, numbers where Safaricom sends numbers.

export interface CallbackItem {
  Name: string;
  Value?: unknown;
}

export function stkCallbackBody(checkoutRequestId: string, resultCode: number | string, items?: CallbackItem[]) {
  return {
    Body: {
      stkCallback: {
        MerchantRequestID: "29115-34620561-1",
        CheckoutRequestID: checkoutRequestId,
        ResultCode: resultCode,
        ResultDesc: resultCode === 0 || resultCode === "0" ? "The service request is processed successfully." : "Request cancelled by user",
        ...(items ? { CallbackMetadata: { Item: items } } : {}),
      },
    },
  };
}

/** The items of a successful payment: receipt NLJ7RT61SV, paid at 09:30:15 EAT from 0712 345 678. */
export function paidItems(amount: number): CallbackItem[] {
  return [
    { Name: "Amount", Value: amount },
    { Name: "MpesaReceiptNumber", Value: "NLJ7RT61SV" },
    { Name: "Balance" },
    { Name: "TransactionDate", Value: 20261128093015 },
    { Name: "PhoneNumber", Value: 254712345678 },
  ];
}

/**
 * A C2B confirmation (or validation) body as Safaricom sends it, every value a string: KES 10 paid to
 * paybill 600638 at 09:38:45 Nairobi time on 2026-11-28, by a masked MSISDN; `fields` replace any.
 */
export function c2bBody(fields: Record<string, string> = {}): Record<string, string> {
  return {
    TransactionType: "Pay Bill",
    TransID: "RKTQDM7W6S",
    TransTime: "20261128093845",
    TransAmount: "10",
    BusinessShortCode: "600638",
    BillRefNumber: "invoice008",
    InvoiceNumber: "",
    OrgAccountBalance: "49197.00",
    ThirdPartyTransID: "",
    MSISDN: "2547 ***** 149",
    FirstName: "John",
    MiddleName: "",
    LastName: "",
    ...fields,
  };
}
