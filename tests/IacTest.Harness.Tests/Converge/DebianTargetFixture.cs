using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Converge;

/// <summary>One Debian + python3 container shared by the converge tests that do not need a fresh machine.</summary>
public sealed class DebianTargetFixture : EnvironmentFixture
{
    /// <inheritdoc />
    protected override EnvironmentBuilder Configure(EnvironmentBuilder builder) => builder.WithBaseImage(BaseImage.DebianPython);
}
