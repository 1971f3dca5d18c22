using Xunit;

namespace IacTest.Harness.Terraform;

/// <summary>
/// A fact that needs a <c>terraform</c> or <c>tofu</c> executable: skipped with the reason when none is found; with
/// <c>IACTEST_REQUIRE_TERRAFORM=1</c> it runs and fails instead (CI must not silently skip).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TerraformFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute and looks for the binary (once per process).</summary>
    public TerraformFactAttribute()
    {
        if (TerraformBinary.Default is null && !TerraformBinary.Required)
        {
            Skip = TerraformBinary.UnavailableReason;
        }
    }
}
