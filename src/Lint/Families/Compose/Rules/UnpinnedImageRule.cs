using IacTest.Lint.Families.Kubernetes.Rules;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>A service's image must name a version.</summary>
internal sealed class UnpinnedImageRule : ComposeRule
{
    /// <inheritdoc />
    public override string Code => "IAC0502";

    /// <inheritdoc />
    public override string Name => "unpinned-image";

    /// <inheritdoc />
    public override string Title => "Service images must be pinned to a tag other than latest";

    /// <inheritdoc />
    public override string Description =>
        "An image without a tag, or tagged `latest`, is whatever the registry serves on the day of the pull: two hosts run different code and `docker compose up` is not reproducible. Pin a version tag or a digest. Values with `${…}` interpolation are not checked.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  db:\n    image: postgres\n  cache:\n    image: redis:latest\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  db:\n    image: postgres:16.4\n  cache:\n    image: redis:7.2\n";

    /// <inheritdoc />
    protected override void CheckService(RuleContext context, YScalar name, YMapping service)
    {
        if (service["image"] is YScalar { Value.Length: > 0 } image && !image.Value.Contains('$', StringComparison.Ordinal) && LatestTagRule.IsUnpinned(image.Value))
        {
            context.Report(image, $"service \"{name.Value}\" uses image \"{image.Value}\" without a pinned tag");
        }
    }
}
