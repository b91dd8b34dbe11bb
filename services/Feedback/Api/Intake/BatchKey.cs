namespace ServiceExcellence.Feedback.Api.Intake;

/// <summary>
/// A batch's Idempotency-Key as its receipt is stored: scoped to the caller (<see cref="Key"/>), with the client's own
/// key for messages and the request's fingerprint to tell a repeat from a reused key.
/// </summary>
public sealed record BatchKey(string Key, string ClientKey, string Fingerprint);
