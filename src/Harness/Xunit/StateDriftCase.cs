using IacTest.Harness.Drift;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Xunit;

/// <summary>One row of a <see cref="StateDriftDataAttribute"/> theory: one host × resource, or one host that could not be checked.</summary>
public sealed class StateDriftCase
{
    internal StateDriftCase(StateDriftRow row) => Row = row;

    /// <summary>What the drift run found for this row.</summary>
    public StateDriftRow Row { get; }

    /// <summary>Passes for a resource as declared; throws <see cref="StateDriftException"/> (position, expected vs actual, evidence, or the host's reason) otherwise.</summary>
    public void Assert()
    {
        if (!Row.IsClean)
        {
            throw new StateDriftException(SecretMasker.Shared.Mask(Row.Describe()));
        }
    }

    /// <inheritdoc />
    public override string ToString() => SecretMasker.Shared.Mask(Row.Label);
}
