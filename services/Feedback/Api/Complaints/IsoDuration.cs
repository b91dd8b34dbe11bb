using System.Xml;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>
/// SLA durations on the wire are ISO-8601 durations in days, hours, minutes and seconds (<c>PT1H</c>, <c>P5D</c>,
/// <c>P1DT12H</c>); years and months are refused because their length varies.
/// </summary>
internal static class IsoDuration
{
    public const string Examples = "an ISO-8601 duration such as PT1H, PT30M, P5D or P1DT12H";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text) || text[0] != 'P')
        {
            return false;
        }

        var datePart = text.Split('T')[0];
        if (datePart.Contains('Y') || datePart.Contains('M') || datePart.Contains('W'))
        {
            return false;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public static string Format(TimeSpan duration) => XmlConvert.ToString(duration);
}
