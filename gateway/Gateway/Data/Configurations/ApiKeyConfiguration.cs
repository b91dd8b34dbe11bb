using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Gateway.Domain.ApiKeys;

namespace ServiceExcellence.Gateway.Data.Configurations;

/// <summary><c>api_keys</c>: looked up by hash on every request (unique index); listed newest first.</summary>
internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("api_keys");
        key.HasKey(k => k.Id);
        key.Ignore(k => k.IsRevoked);
        key.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        key.Property(k => k.KeyHash).HasMaxLength(64);
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.CreatedBy).HasMaxLength(200);
        key.HasIndex(k => k.KeyHash).IsUnique();
        key.HasIndex(k => k.CreatedAt).IsDescending();
    }
}
