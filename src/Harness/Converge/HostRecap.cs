namespace IacTest.Harness.Converge;

/// <summary>The <c>PLAY RECAP</c> line of one host.</summary>
/// <param name="Host">The inventory name.</param>
/// <param name="Ok">Tasks that ran fine (changed ones included, as Ansible counts).</param>
/// <param name="Changed">Tasks that changed something.</param>
/// <param name="Unreachable">Unreachable results.</param>
/// <param name="Failed">Failed tasks (not ignored, not rescued).</param>
/// <param name="Skipped">Skipped tasks.</param>
/// <param name="Rescued">Failures handled by a <c>rescue</c>.</param>
/// <param name="Ignored">Failures ignored by <c>ignore_errors</c>.</param>
public sealed record HostRecap(string Host, int Ok, int Changed, int Unreachable, int Failed, int Skipped, int Rescued, int Ignored)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Host} ok={Ok} changed={Changed} unreachable={Unreachable} failed={Failed} skipped={Skipped} rescued={Rescued} ignored={Ignored}";
}
