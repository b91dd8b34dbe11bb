namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>How long published outbox rows and inbox entries are kept (configuration section <c>Messaging:Retention</c>).</summary>
public sealed record MessagingRetentionOptions
{
    public const string SectionName = "Messaging:Retention";

    /// <summary>
    /// Age after which a published outbox row and a consumer's inbox entry are deleted. The inbox entry is what makes a
    /// redelivered event a no-op, so this must exceed the longest an event may wait in an error queue before an
    /// operator moves it back.
    /// </summary>
    public TimeSpan KeepFor { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Time between sweeps.</summary>
    public TimeSpan SweepEvery { get; init; } = TimeSpan.FromMinutes(10);
}
