using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>A service others wait for with <c>condition: service_healthy</c> must define a healthcheck.</summary>
internal sealed class MissingHealthcheckRule : ComposeRule
{
    /// <inheritdoc />
    public override string Code => "IAC0507";

    /// <inheritdoc />
    public override string Name => "missing-healthcheck";

    /// <inheritdoc />
    public override string Title => "Services others wait for must define a healthcheck";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["compose", "correctness"];

    /// <inheritdoc />
    public override string Description =>
        "`depends_on: {db: {condition: service_healthy}}` waits for `db` to report healthy. Without a `healthcheck` (or with `disable: true`) `docker compose up` fails with \"container is unhealthy\" or waits in vain. The finding is on the `condition` that cannot be met. A healthcheck defined only in the image (`HEALTHCHECK` in its Dockerfile) is not visible here: add it to the file, or suppress the finding.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  app:\n    image: example/app:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\", \"-U\", \"postgres\"]\n      interval: 5s\n";

    /// <inheritdoc />
    protected override void CheckServices(RuleContext context, YMapping services)
    {
        foreach (var pair in services.Pairs)
        {
            if (pair.Key is not YScalar dependent || (pair.Value as YMapping)?["depends_on"] is not YMapping dependsOn)
            {
                continue;
            }

            foreach (var dependency in dependsOn.Pairs)
            {
                if (dependency.Key is not YScalar target || (dependency.Value as YMapping)?["condition"] is not YScalar { Value: "service_healthy" } condition)
                {
                    continue;
                }

                if (services[target.Value] is YMapping service && !HasHealthcheck(service))
                {
                    context.Report(condition, $"service \"{dependent.Value}\" waits for \"{target.Value}\" to be healthy, but \"{target.Value}\" has no healthcheck");
                }
            }
        }
    }

    private static bool HasHealthcheck(YMapping service) =>
        service["healthcheck"] is YMapping healthcheck && !PodSpecs.IsTrue(healthcheck["disable"])
        && (healthcheck.ContainsKey("test") || !healthcheck.ContainsKey("disable"));
}
