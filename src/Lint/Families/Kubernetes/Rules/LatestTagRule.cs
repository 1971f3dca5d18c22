using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>latest-tag</c>: images must be pinned to a tag other than latest.</summary>
internal sealed class LatestTagRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0410";

    /// <inheritdoc />
    public override string Name => "latest-tag";

    /// <inheritdoc />
    public override string Title => "Images must be pinned to a tag other than latest";

    /// <inheritdoc />
    public override string Description =>
        "An image without a tag, or tagged `latest`, changes under you: two pods of one Deployment may run different code and a rollback does not roll back. Pin a version tag or a digest.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("BlockList", RuleOptionType.StringList, DefaultBlockList, "Patterns of the images that are reported."),
        new RuleOption("AllowList", RuleOptionType.StringList, Array.Empty<string>(), "Patterns of the only images allowed; when set, the BlockList is not read."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node["image"] is not YScalar image || image.Value.Length == 0)
        {
            return;
        }

        // As kube-linter: an AllowList, when given, decides alone; otherwise the BlockList does.
        var allow = context.Options.List("AllowList");
        var block = context.Options.List("BlockList");
        var blocked = allow.Count == 0 && (block.SequenceEqual(DefaultBlockList) ? IsUnpinned(image.Value) : KubeRegex.AnyMatch(block, image.Value));
        if (allow.Count > 0)
        {
            if (!KubeRegex.AnyMatch(allow, image.Value))
            {
                context.Report(image, $"The container \"{container.Name}\" is using an invalid container image, \"{image.Value}\". Please use images that satisfies the `AllowList` criteria : [{Quoted(allow)}]");
            }
        }
        else if (blocked)
        {
            context.Report(image, $"The container \"{container.Name}\" is using an invalid container image, \"{image.Value}\". Please use images that are not blocked by the `BlockList` criteria : [{Quoted(block)}]");
        }
    }

    // kube-linter's default patterns; IsUnpinned says the same without three regular expressions per container.
    private static readonly string[] DefaultBlockList = [".*:(latest)$", "^[^:]*$", "(.*/[^:]+)$"];

    private static string Quoted(IEnumerable<string> patterns) => string.Join(' ', patterns.Select(p => $"\"{p}\""));

    /// <summary>Whether an image reference has no tag, or the tag <c>latest</c>, and no digest.</summary>
    public static bool IsUnpinned(string image)
    {
        if (image.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        return colon < 0 || image[(colon + 1)..] == "latest";
    }
}
