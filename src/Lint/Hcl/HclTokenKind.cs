namespace IacTest.Lint.Hcl;

/// <summary>The kinds of token in HCL native syntax, named after the tokens of HashiCorp's scanner.</summary>
public enum HclTokenKind
{
    /// <summary>The synthetic token after the last byte.</summary>
    EndOfFile,
    /// <summary>A line break outside of templates.</summary>
    Newline,
    /// <summary>A <c>#</c>, <c>//</c> or <c>/* */</c> comment; a line comment includes its line break.</summary>
    Comment,
    /// <summary>A name: an argument, block type, variable, function or keyword.</summary>
    Identifier,
    /// <summary>A number such as <c>42</c>, <c>1.5</c> or <c>1e3</c>.</summary>
    Number,
    /// <summary><c>{</c></summary>
    OpenBrace,
    /// <summary><c>}</c></summary>
    CloseBrace,
    /// <summary><c>[</c></summary>
    OpenBracket,
    /// <summary><c>]</c></summary>
    CloseBracket,
    /// <summary><c>(</c></summary>
    OpenParen,
    /// <summary><c>)</c></summary>
    CloseParen,
    /// <summary>The <c>"</c> that opens a quoted template.</summary>
    OpenQuote,
    /// <summary>The <c>"</c> that closes a quoted template.</summary>
    CloseQuote,
    /// <summary>The <c>&lt;&lt;EOT</c> or <c>&lt;&lt;-EOT</c> line that opens a heredoc, with its line break.</summary>
    OpenHeredoc,
    /// <summary>The marker line that closes a heredoc, without its line break.</summary>
    CloseHeredoc,
    /// <summary>Literal text inside a quoted template (escapes still to decode).</summary>
    QuotedLiteral,
    /// <summary>Literal text inside a heredoc.</summary>
    StringLiteral,
    /// <summary>A line break inside a quoted template, which HCL rejects.</summary>
    QuotedNewline,
    /// <summary><c>${</c> or <c>${~</c></summary>
    TemplateInterpolation,
    /// <summary><c>%{</c> or <c>%{~</c></summary>
    TemplateControl,
    /// <summary><c>}</c> or <c>~}</c> closing a template sequence.</summary>
    TemplateSequenceEnd,
    /// <summary><c>.</c></summary>
    Dot,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>*</c></summary>
    Star,
    /// <summary><c>/</c></summary>
    Slash,
    /// <summary><c>%</c></summary>
    Percent,
    /// <summary><c>+</c></summary>
    Plus,
    /// <summary><c>-</c></summary>
    Minus,
    /// <summary><c>=</c></summary>
    Equal,
    /// <summary><c>&lt;</c></summary>
    LessThan,
    /// <summary><c>&gt;</c></summary>
    GreaterThan,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>?</c></summary>
    Question,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>==</c></summary>
    EqualOperator,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual,
    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual,
    /// <summary><c>&amp;&amp;</c></summary>
    And,
    /// <summary><c>||</c></summary>
    Or,
    /// <summary><c>::</c></summary>
    DoubleColon,
    /// <summary><c>...</c></summary>
    Ellipsis,
    /// <summary><c>=&gt;</c></summary>
    FatArrow,
    /// <summary><c>&amp;</c>, not an HCL operator.</summary>
    BitwiseAnd,
    /// <summary><c>|</c>, not an HCL operator.</summary>
    BitwiseOr,
    /// <summary><c>^</c>, not an HCL operator.</summary>
    BitwiseXor,
    /// <summary><c>~</c> outside a strip marker, not an HCL operator.</summary>
    BitwiseNot,
    /// <summary><c>;</c>, not valid in HCL.</summary>
    Semicolon,
    /// <summary><c>`</c>, not valid in HCL.</summary>
    Backtick,
    /// <summary><c>'</c>, not valid in HCL.</summary>
    Apostrophe,
    /// <summary>A character the language does not use.</summary>
    Invalid,
}
