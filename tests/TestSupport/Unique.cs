namespace ServiceExcellence.Testing;

/// <summary>Names no other test uses, so tests share one database without seeing each other's data.</summary>
public static class Unique
{
    private static int _counter;

    /// <summary>A valid department code such as <c>call-centre-k3f9a2-1</c>.</summary>
    public static string DepartmentCode(string stem = "dept") =>
        $"{stem}-{Guid.NewGuid().ToString("N")[..6]}-{Interlocked.Increment(ref _counter)}";
}
