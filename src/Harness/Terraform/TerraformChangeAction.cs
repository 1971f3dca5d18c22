namespace IacTest.Harness.Terraform;

/// <summary>What a plan does to one resource or output, from Terraform's list of actions.</summary>
public enum TerraformChangeAction
{
    /// <summary>Nothing (<c>["no-op"]</c>).</summary>
    NoOp,

    /// <summary>Created (<c>["create"]</c>).</summary>
    Create,

    /// <summary>A data source read (<c>["read"]</c>).</summary>
    Read,

    /// <summary>Updated in place (<c>["update"]</c>).</summary>
    Update,

    /// <summary>Destroyed (<c>["delete"]</c>).</summary>
    Delete,

    /// <summary>Destroyed and created again, in either order (<c>["delete","create"]</c> or <c>["create","delete"]</c>).</summary>
    Replace,

    /// <summary>Removed from the state without being destroyed (<c>["forget"]</c>, a <c>removed</c> block).</summary>
    Forget,
}
