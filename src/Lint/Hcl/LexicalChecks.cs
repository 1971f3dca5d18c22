namespace IacTest.Lint.Hcl;

/// <summary>
/// The errors HCL reports from tokens alone, before parsing: characters the language never uses, operators it does
/// not have, line breaks inside quoted strings. Repeats of the same mistake are reported once or a few times, as HCL
/// does, so a file full of semicolons does not drown the other errors.
/// </summary>
internal static class LexicalChecks
{
    public static IEnumerable<HclDiagnostic> Check(IReadOnlyList<HclToken> tokens)
    {
        var bitwise = 0;
        var backticks = 0;
        var apostrophes = 0;
        var semicolons = 0;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case HclTokenKind.BitwiseAnd or HclTokenKind.BitwiseOr or HclTokenKind.BitwiseXor or HclTokenKind.BitwiseNot:
                    if (bitwise++ < 4)
                    {
                        var suggestion = token.Kind switch
                        {
                            HclTokenKind.BitwiseAnd => " Did you mean boolean AND (\"&&\")?",
                            HclTokenKind.BitwiseOr => " Did you mean boolean OR (\"||\")?",
                            HclTokenKind.BitwiseNot => " Did you mean boolean NOT (\"!\")?",
                            _ => string.Empty,
                        };
                        yield return new HclDiagnostic("Unsupported operator", $"Bitwise operators are not supported.{suggestion}", token.Range);
                    }

                    break;
                case HclTokenKind.Backtick:
                    // Every other one: the opening and closing backticks of one string are one mistake.
                    if (backticks % 2 == 0)
                    {
                        yield return new HclDiagnostic("Invalid character", "The \"`\" character is not valid. To create a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".", token.Range);
                    }

                    if (backticks <= 2)
                    {
                        backticks++;
                    }

                    break;
                case HclTokenKind.Apostrophe:
                    if (apostrophes % 2 == 0)
                    {
                        yield return new HclDiagnostic("Invalid character", "Single quotes are not valid. Use double quotes (\") to enclose strings.", token.Range);
                    }

                    if (apostrophes <= 2)
                    {
                        apostrophes++;
                    }

                    break;
                case HclTokenKind.Semicolon:
                    if (semicolons++ < 1)
                    {
                        yield return new HclDiagnostic("Invalid character", "The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.", token.Range);
                    }

                    break;
                case HclTokenKind.QuotedNewline:
                    yield return new HclDiagnostic("Invalid multi-line string", "Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.", token.Range);
                    break;
                case HclTokenKind.Invalid:
                    yield return new HclDiagnostic("Invalid character", "This character is not used within the language.", token.Range);
                    break;
            }
        }
    }
}
