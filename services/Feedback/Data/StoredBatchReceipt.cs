namespace ServiceExcellence.Feedback.Data;

/// <summary>
/// A row of <c>batch_receipts</c>: the answer to a batch sent with an Idempotency-Key (<see cref="Receipt"/>, JSON),
/// under the caller-scoped key, with the fingerprint of the request it answers. Written by plain SQL with the batch's
/// entries (<see cref="BatchReceiptRows"/>), read through EF.
/// </summary>
public sealed class StoredBatchReceipt
{
    private StoredBatchReceipt() { }

    public string Key { get; private set; } = "";

    public string Fingerprint { get; private set; } = "";

    public string Receipt { get; private set; } = "{}";

    public DateTimeOffset RecordedAt { get; private set; }
}
