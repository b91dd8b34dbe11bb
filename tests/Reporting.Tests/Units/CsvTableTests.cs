using System.Text;
using ServiceExcellence.Reporting.Api.Export;

namespace ServiceExcellence.Reporting.Tests.Units;

public sealed class CsvTableTests
{
    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_numbers_use_the_invariant_culture()
    {
        var table = new CsvTable("name", "value", "empty").Add("a, \"b\"\nc", 1.5, null).Add("plain", 1e-7, 3L);

        Assert.Equal("name,value,empty\r\n\"a, \"\"b\"\"\nc\",1.5,\r\nplain,1E-07,3\r\n", table.ToText());
    }

    [Fact]
    public void The_bytes_start_with_the_utf8_byte_order_mark()
    {
        var bytes = new CsvTable("部门").ToBytes();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("部门\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
