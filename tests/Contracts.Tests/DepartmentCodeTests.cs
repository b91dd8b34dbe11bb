namespace ServiceExcellence.Contracts.Tests;

public sealed class DepartmentCodeTests
{
    [Theory]
    [InlineData("call-centre")]
    [InlineData("web")]
    [InlineData("region-2-north")]
    [InlineData("a")]
    public void Lowercase_slugs_are_department_codes(string code) => Assert.True(DepartmentCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Call-Centre")]
    [InlineData("call centre")]
    [InlineData("call--centre")]
    [InlineData("-call")]
    [InlineData("call-")]
    [InlineData("call_centre")]
    [InlineData("呼叫中心")]
    public void Anything_else_is_not(string? code) => Assert.False(DepartmentCode.IsValid(code));

    [Fact]
    public void A_code_longer_than_64_characters_is_not()
    {
        Assert.True(DepartmentCode.IsValid(new string('a', 64)));
        Assert.False(DepartmentCode.IsValid(new string('a', 65)));
    }
}
