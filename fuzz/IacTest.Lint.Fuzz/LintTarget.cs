using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Tests.Fuzz;
using IacTest.Lint.Text;

namespace IacTest.Lint.Fuzz;

/// <summary>
/// One fuzz input through the engine, as a file's bytes: decoded, parsed, linted under the default rules and under
/// every rule switched on. A broken invariant throws, which the fuzzer records as a crash with its input.
/// </summary>
internal static class LintTarget
{
    // Paths decide how a file is classified: one plain, one Ansible, one Kubernetes, one Compose.
    private static readonly string[] Paths = ["input.yml", "roles/web/tasks/main.yml", "k8s/deployment.yaml", "compose.yaml"];

    private static readonly LintEngine Engine = new();

    private static readonly LintConfiguration[] Configurations = [new LintConfiguration(), EveryRule()];

    public static void Run(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        // The first byte picks the path and configuration, so the fuzzer's mutations reach every family.
        var choice = bytes.Length == 0 ? 0 : bytes[0];
        var path = Paths[choice % Paths.Length];
        var configuration = Configurations[(choice / Paths.Length) % Configurations.Length];

        var source = SourceText.FromBytes(path, bytes);
        var result = source.IsText ? Engine.LintText(path, source.Text, configuration) : new FileLintResult(path, null, []);
        var problems = FuzzInvariants.Violations(bytes, path, result);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("invariant broken: " + string.Join("; ", problems));
        }
    }

    private static LintConfiguration EveryRule()
    {
        var configuration = new LintConfiguration();
        foreach (var rule in Engine.Catalog.Rules)
        {
            configuration.For(rule.Code).Enabled = true;
        }

        return configuration;
    }
}
