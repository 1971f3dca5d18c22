using System.Text.RegularExpressions;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>meta-video-links</c>.</summary>
internal sealed partial class MetaVideoLinksRule : MetaRule
{
    /// <inheritdoc />
    public override string Code => "IAC0217";

    /// <inheritdoc />
    public override string Name => "meta-video-links";

    /// <inheritdoc />
    public override string Title => "meta/main.yml video_links should be formatted correctly";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["metadata"];

    /// <inheritdoc />
    public override string Description => "Each `video_links` item is a mapping with exactly `url` and `title`, and the URL is a shared link from YouTube, Vimeo or Google Drive.";

    /// <inheritdoc />
    public override string BadExample => "galaxy_info:\n  video_links:\n    - https://example.com/video\n";

    /// <inheritdoc />
    public override string GoodExample => "galaxy_info:\n  video_links:\n    - url: https://youtu.be/abc123\n      title: Intro\n";

    /// <inheritdoc />
    protected override void CheckMeta(RuleContext context, YMapping root, YMapping? galaxyInfo)
    {
        if (galaxyInfo?["video_links"] is not YSequence links)
        {
            return;
        }

        foreach (var link in links.Items)
        {
            if (link is not YMapping video)
            {
                context.Report(1, 1, "Expected item in 'video_links' to be a dictionary");
                continue;
            }

            var keys = video.Pairs.Select(p => p.KeyText).ToHashSet();
            if (keys.Count != 2 || !keys.Contains("url") || !keys.Contains("title"))
            {
                context.Report(1, 1, "Expected item in 'video_links' to contain only keys 'url' and 'title'");
                continue;
            }

            var url = video.GetScalar("url") ?? string.Empty;
            if (!GoogleRegex().IsMatch(url) && !VimeoRegex().IsMatch(url) && !YoutubeRegex().IsMatch(url))
            {
                context.Report(1, 1, $"URL format '{url}' is not recognized. Expected it be a shared link from Vimeo, YouTube, or Google Drive.");
            }
        }
    }

    [GeneratedRegex(@"^https://drive\.google\.com.*file/d/([0-9A-Za-z-_]+)/.*")]
    private static partial Regex GoogleRegex();

    [GeneratedRegex(@"^https://vimeo\.com/([0-9]+)")]
    private static partial Regex VimeoRegex();

    [GeneratedRegex(@"^https://youtu\.be/([0-9A-Za-z-_]+)")]
    private static partial Regex YoutubeRegex();
}
