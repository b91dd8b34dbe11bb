namespace ServiceExcellence.DemoData;

/// <summary>Comments written to match a score: praise for promoters, mixed for passives, complaints for detractors; half Chinese, half English.</summary>
internal static class FeedbackComments
{
    private static readonly string[] PositiveChinese =
        ["服务非常好，态度热情，谢谢！", "问题很快就解决了，非常满意。", "工作人员很专业，耐心细致。", "效率很高，体验很好，会推荐给朋友。", "回访及时，感觉很贴心。"];

    private static readonly string[] PositiveEnglish =
        ["Excellent service, the agent was friendly and helpful.", "My problem was solved quickly, very satisfied.",
         "Professional and patient staff, great experience.", "Fast and easy, I would recommend you to friends.", "Thank you, the follow-up call was very kind."];

    private static readonly string[] MixedChinese =
        ["总体还可以，就是等待时间有点长。", "服务一般，问题最后解决了。", "态度不错，但流程有点复杂。"];

    private static readonly string[] MixedEnglish =
        ["It was okay, but the waiting time was a bit long.", "Average service, the issue got solved in the end.", "Friendly staff, but the process is complicated."];

    private static readonly string[] NegativeChinese =
        ["等待太久了，非常失望。", "态度很差，问题一直没有解决。", "维修拖了两个星期，太慢了，很不满意。", "打了三次电话都没人处理，服务太差。", "退货流程太麻烦，再也不会买了。"];

    private static readonly string[] NegativeEnglish =
        ["Waited far too long, very disappointed.", "Rude staff and my problem is still not solved.", "The repair took two weeks, terribly slow.",
         "Called three times and nobody helped, awful service.", "The return process is a nightmare, never again."];

    /// <summary>A comment for an NPS answer: 9–10 praise, 7–8 mixed, 0–6 complaint.</summary>
    public static string For(int nps, bool chinese, Random random)
    {
        var pool = (nps, chinese) switch
        {
            ( >= 9, true) => PositiveChinese,
            ( >= 9, false) => PositiveEnglish,
            ( >= 7, true) => MixedChinese,
            ( >= 7, false) => MixedEnglish,
            (_, true) => NegativeChinese,
            _ => NegativeEnglish,
        };
        return pool[random.Next(pool.Length)];
    }
}
