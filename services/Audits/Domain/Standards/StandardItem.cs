namespace ServiceExcellence.Audits.Domain.Standards;

/// <summary>One checkable requirement of a standard version; its id is unique to that version.</summary>
public sealed class StandardItem
{
    private StandardItem() { }

    public Guid Id { get; private set; }

    public Guid StandardId { get; private set; }

    /// <summary>Order in which the standard lists its items, from 1.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public double Weight { get; private set; }

    /// <summary>A failed critical item raises a nonconformity whatever the score.</summary>
    public bool Critical { get; private set; }

    public ServqualDimension? ServqualDimension { get; private set; }

    internal static StandardItem Create(Guid standardId, int position, StandardItemDraft draft) => new()
    {
        Id = Guid.CreateVersion7(),
        StandardId = standardId,
        Position = position,
        Text = draft.Text.Trim(),
        Weight = draft.Weight,
        Critical = draft.Critical,
        ServqualDimension = draft.ServqualDimension,
    };
}

/// <summary>An item as a publisher writes it, before it gets its id.</summary>
public sealed record StandardItemDraft(string Text, double Weight, bool Critical, ServqualDimension? ServqualDimension);
