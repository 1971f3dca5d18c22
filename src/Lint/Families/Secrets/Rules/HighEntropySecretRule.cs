using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Random-looking values under keys that may hold a secret.</summary>
internal sealed class HighEntropySecretRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0606";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        .. base.Options,
        new("min-length", RuleOptionType.Integer, 20, "The shortest value checked."),
        new("min-entropy", RuleOptionType.Integer, 40, "The Shannon entropy, in tenths of a bit per character, from which a value counts as random (40 = 4.0 bits)."),
    ];

    /// <inheritdoc />
    public override string Name => "high-entropy-secret";

    /// <inheritdoc />
    public override string Title => "Random-looking values under secret-looking keys";

    /// <inheritdoc />
    public override string Description =>
        "A long, random-looking value (Shannon entropy of at least 4.0 bits per character over at least 20 characters) under a key that may hold a secret — `signing_key`, `auth`, `hmac`, `session_cookie`, `salt`… — is most likely a generated secret. Entropy is computed only for such candidates, never for every value. Keys that name a secret outright are covered by hardcoded-password.";

    /// <inheritdoc />
    public override string BadExample => "jwt:\n  signing_key: 9fQ2xL7vR4mZ8kT1wB6nC3yH5dJ0sG2a\n";

    /// <inheritdoc />
    public override string GoodExample => "jwt:\n  signing_key: \"{{ vault_jwt_signing_key }}\"\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var minLength = context.Options.Int("min-length");
        var minEntropy = context.Options.Int("min-entropy") / 10.0;
        foreach (var candidate in SecretCandidates.All(context.File.Documents, IsKubernetesSecret))
        {
            var value = candidate.Value.Value;
            if (value.Length < minLength || value.Contains(' ', StringComparison.Ordinal) || !SecretText.IsSecretLookingKey(candidate.Key)
                || !SecretText.IsLiteral(candidate.Value) || SecretPatterns.IsKnownShape(value) || SecretText.Entropy(value) < minEntropy)
            {
                continue;
            }

            ReportSecret(context, candidate.Value, $"\"{candidate.Key}\" holds a high-entropy value", value);
        }
    }

    private static bool IsKubernetesSecret(YMapping mapping) => mapping.GetScalar("kind") == "Secret" && mapping.ContainsKey("apiVersion");
}
