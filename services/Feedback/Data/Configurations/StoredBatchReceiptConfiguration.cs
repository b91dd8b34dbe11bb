using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary><c>batch_receipts</c>: keyed by the caller-scoped Idempotency-Key; the recorded_at index serves the purge by age.</summary>
internal sealed class StoredBatchReceiptConfiguration : IEntityTypeConfiguration<StoredBatchReceipt>
{
    public void Configure(EntityTypeBuilder<StoredBatchReceipt> receipt)
    {
        receipt.ToTable("batch_receipts");
        receipt.HasKey(r => r.Key);
        receipt.Property(r => r.Receipt).HasColumnType("jsonb");
        receipt.HasIndex(r => r.RecordedAt);
    }
}
