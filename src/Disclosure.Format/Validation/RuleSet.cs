using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Disclosure.Format.Model;

namespace Disclosure.Format.Validation;

/// <summary>
/// An immutable set of validation rules: either the rules of one report of one edition
/// (<see cref="Edition2021"/>, <see cref="For"/>) or the cross-year rules between a report and the same agency's
/// previous-year report (<see cref="CrossYear"/>). Narrow a set with <see cref="Without"/> and extend it with
/// <see cref="With"/>; both return a new set and leave this one unchanged.
/// </summary>
/// <example>
/// <code>
/// // Everything except the blank-cell notes, plus a rule of your own.
/// RuleSet rules = RuleSet.Edition2021.Without(RuleCodes.BlankCell).With(myRule);
/// ValidationResult result = DisclosureValidator.Validate(report, rules);
/// </code>
/// </example>
public sealed class RuleSet
{
    private readonly Rule[] rules;
    private readonly CompiledRule[] compiled;
    private readonly SlotSpace space;
    private readonly ConcurrentDictionary<(ReportEdition Current, ReportEdition Previous), PairPlan>? pairs;

    private RuleSet(ReportEdition? edition, Rule[] rules, CompiledRule[] compiled, SlotSpace space, string? notAssessableCode)
    {
        Edition = edition;
        this.rules = rules;
        this.compiled = compiled;
        this.space = space;
        NotAssessableCode = notAssessableCode;
        Rules = Array.AsReadOnly(rules);
        if (edition is null)
        {
            pairs = new ConcurrentDictionary<(ReportEdition, ReportEdition), PairPlan>();
        }
    }

    /// <summary>
    /// The rules of one report in the 2021 edition (国办公开办函〔2021〕30号): codes <c>DF1000</c>–<c>DF1015</c>, listed
    /// with their cells in <c>schema/rules-2021.json</c> (<see cref="RuleCatalog.GetJson"/>).
    /// </summary>
    public static RuleSet Edition2021 { get; } = Rules2021.Create();

    /// <summary>
    /// The rules of one report in the 2019 trial edition (国办公开办函〔2019〕60号): codes <c>DF2000</c>–<c>DF2015</c>
    /// (<see cref="RuleCodes2019"/>), listed with their cells in <c>schema/rules-2019.json</c>
    /// (<see cref="RuleCatalog.GetJson"/>). The sums of 三 and 四 are those of the 2021 edition with the single
    /// <c>（六）其他处理</c> row; the Article-20 table has its own rules (上一年项目数量 + 本年增/减 ≥ 0,
    /// 对外公开总数量 ≥ 本年新公开数量).
    /// </summary>
    public static RuleSet Edition2019 { get; } = Rules2019.Create();

    /// <summary>
    /// The checks between a report and the same agency's previous-year report: codes <c>DF3000</c>–<c>DF3005</c>, listed in
    /// <c>schema/rules-cross-year.json</c> (<see cref="RuleCatalog.GetCrossYearJson"/>). The cells are named by pointers
    /// both editions share, so the set applies to any pair of editions; a check whose cells an edition lacks (the
    /// 2021 edition's 现行有效件数, for instance) is skipped for that pair.
    /// </summary>
    public static RuleSet CrossYear { get; } = CrossYearRules.Create();

    /// <summary>Returns the rules of one report in <paramref name="edition"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">This version of the library has no rules for the edition.</exception>
    public static RuleSet For(ReportEdition edition) =>
        TryFor(edition) ?? throw new ArgumentOutOfRangeException(nameof(edition), edition, "This version of Disclosure.Format has no rule set for this edition.");

    /// <summary>
    /// Returns an empty rule set for one report in <paramref name="edition"/>, to fill with <see cref="With"/>. It reports
    /// checks with blank cells as not assessable with the edition's code (<see cref="RuleCodes.NotAssessable"/> for 2021,
    /// <see cref="RuleCodes2019.NotAssessable"/> for 2019).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">This version of the library has no layout for the edition.</exception>
    public static RuleSet Empty(ReportEdition edition)
    {
        var standard = For(edition);
        return new RuleSet(edition, [], [], standard.space, standard.DefaultNotAssessableCode);
    }

    /// <summary>The edition of the reports this set validates; <see langword="null"/> for the cross-year set, which applies to any editions.</summary>
    public ReportEdition? Edition { get; }

    /// <summary><see langword="true"/> for a set of cross-year checks (<see cref="DisclosureValidator.ValidateCrossYear"/>).</summary>
    public bool IsCrossYear => Edition is null;

    /// <summary>The rules in the order they are evaluated (diagnostics come out in this order).</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>
    /// The code of the info diagnostics for checks that cannot be assessed because of blank cells
    /// (<see cref="RuleCodes.NotAssessable"/>, <see cref="RuleCodes.CrossYearNotAssessable"/>), or <see langword="null"/>
    /// when they were removed with <see cref="Without"/>.
    /// </summary>
    public string? NotAssessableCode { get; }

    private string DefaultNotAssessableCode => Edition switch
    {
        null => RuleCodes.CrossYearNotAssessable,
        ReportEdition.Edition2019 => RuleCodes2019.NotAssessable,
        _ => RuleCodes.NotAssessable,
    };

    /// <summary>Returns the rule with <paramref name="code"/>, or <see langword="null"/>.</summary>
    public Rule? Find(string code) => Array.Find(rules, r => string.Equals(r.Code, code, StringComparison.Ordinal));

    /// <summary>Whether the set has a rule with <paramref name="code"/>.</summary>
    public bool Contains(string code) => Find(code) is not null;

    /// <summary>
    /// Returns a set without the rules with the given codes. Passing <see cref="NotAssessableCode"/> stops the reporting of
    /// checks that cannot be assessed. Codes the set does not have are ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is <see langword="null"/>.</exception>
    public RuleSet Without(params string[] codes)
    {
        if (codes is null) throw new ArgumentNullException(nameof(codes));
        var keep = new List<int>();
        for (var i = 0; i < rules.Length; i++)
        {
            if (Array.IndexOf(codes, rules[i].Code) < 0) keep.Add(i);
        }

        var notAssessable = NotAssessableCode is not null && Array.IndexOf(codes, NotAssessableCode) >= 0 ? null : NotAssessableCode;
        return new RuleSet(Edition, [.. keep.Select(i => rules[i])], [.. keep.Select(i => compiled[i])], space, notAssessable);
    }

    /// <summary>
    /// Returns a set with the given rules added after the existing ones. Every cell a rule names must be a value cell of
    /// the edition's layout (for the cross-year set: of the layouts of one pair of editions, previous-report cells
    /// prefixed with <see cref="SumCheck.PreviousReportPrefix"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its rules is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A rule has no code or title, its code is already in the set, it names a cell the layout does not have, or it does
    /// not fit the set (a <see cref="CustomRule"/> in the cross-year set).
    /// </exception>
    public RuleSet With(params Rule[] rules)
    {
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        var allRules = new List<Rule>(this.rules);
        var allCompiled = new List<CompiledRule>(compiled);
        foreach (var rule in rules)
        {
            if (rule is null) throw new ArgumentNullException(nameof(rules), "A rule is null.");
            rule.CheckDeclaration();
            if (allRules.Exists(r => string.Equals(r.Code, rule.Code, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"The rule set already has a rule with code {rule.Code}.", nameof(rules));
            }

            allRules.Add(rule);
            allCompiled.Add(CompileDeclared(rule, space, IsCrossYear));
        }

        return new RuleSet(Edition, [.. allRules], [.. allCompiled], space, NotAssessableCode);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(IsCrossYear ? "cross-year" : Edition.ToString())} rule set: {string.Join(", ", rules.Select(r => r.Code))}";

    /// <summary>Creates a set of library rules (declarations are compiled strictly).</summary>
    internal static RuleSet Create(ReportEdition? edition, SlotSpace space, IEnumerable<Rule> rules, string notAssessableCode)
    {
        var list = rules.ToArray();
        foreach (var rule in list) rule.CheckDeclaration();
        return new RuleSet(edition, list, [.. list.Select(r => CompileDeclared(r, space, edition is null))], space, notAssessableCode);
    }

    /// <summary>
    /// Compiles a rule strictly against the layout it is declared for. A cross-year rule may name cells that only another
    /// pair of editions has (the 2019 edition's 上一年项目数量 and 本年增/减, for instance): it is then compiled against the
    /// first pair of editions whose layouts have every cell it names, and skipped at run time for pairs that lack them.
    /// </summary>
    private static CompiledRule CompileDeclared(Rule rule, SlotSpace space, bool crossYear)
    {
        if (!crossYear)
        {
            return rule.Compile(space, strict: true)!;
        }

        ArgumentException? first = null;
        foreach (var candidate in SlotSpace.PairSpaces(space))
        {
            try
            {
                return rule.Compile(candidate, strict: true)!;
            }
            catch (ArgumentException ex)
            {
                first ??= ex;
            }
        }

        throw first!;
    }

    internal static RuleSet? TryFor(ReportEdition edition) => edition switch
    {
        ReportEdition.Edition2021 => Edition2021,
        ReportEdition.Edition2019 => Edition2019,
        _ => null,
    };

    /// <summary>The rules compiled against the layout the set was declared for (the catalog is written from these).</summary>
    internal IReadOnlyList<CompiledRule> Compiled => compiled;

    /// <summary>The slot space the set was declared against.</summary>
    internal SlotSpace Space => space;

    /// <summary>Validates one report of the set's edition; allocates nothing when the report is clean.</summary>
    [SkipLocalsInit] // every slot is written by SlotSpace.Read before a rule reads it
    internal ValidationResult Run(DisclosureReport report)
    {
        var n = space.Slots.Length;
        var buffers = n <= SlotSpace.StackLimit
            ? new SlotBuffers(stackalloc decimal?[n], stackalloc SlotState[n], stackalloc long[n], stackalloc byte[n])
            : new SlotBuffers(new decimal?[n], new SlotState[n], new long[n], new byte[n]);
        space.Read(report, previous: false, buffers);
        var input = new RuleInput(report, null, buffers, NotAssessableCode);
        var bag = default(DiagnosticBag);
        var rules = compiled;
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i].Evaluate(in input, ref bag);
        }

        return bag.ToResult();
    }

    /// <summary>Runs the cross-year checks on a pair of reports.</summary>
    [SkipLocalsInit] // every slot is written by SlotSpace.Read before a rule reads it
    internal ValidationResult RunPair(DisclosureReport current, DisclosureReport previous)
    {
        var plan = pairs!.GetOrAdd((current.Edition, previous.Edition), key => PairPlan.Create(this, key.Current, key.Previous));
        if (plan.Space is not { } pairSpace)
        {
            return ValidationResult.Clean;
        }

        var n = pairSpace.Slots.Length;
        var buffers = n <= SlotSpace.StackLimit
            ? new SlotBuffers(stackalloc decimal?[n], stackalloc SlotState[n], stackalloc long[n], stackalloc byte[n])
            : new SlotBuffers(new decimal?[n], new SlotState[n], new long[n], new byte[n]);
        pairSpace.Read(current, previous: false, buffers);
        if (pairSpace.Previous is not null)
        {
            pairSpace.Read(previous, previous: true, buffers);
        }

        var input = new RuleInput(current, previous, buffers, NotAssessableCode);
        var bag = default(DiagnosticBag);
        foreach (var rule in plan.Rules)
        {
            rule.Evaluate(in input, ref bag);
        }

        return bag.ToResult();
    }

    /// <summary>The cross-year rules bound to one pair of editions (checks whose cells an edition lacks are dropped).</summary>
    private sealed class PairPlan(SlotSpace? space, CompiledRule[] rules)
    {
        public SlotSpace? Space { get; } = space;

        public CompiledRule[] Rules { get; } = rules;

        public static PairPlan Create(RuleSet set, ReportEdition current, ReportEdition previous)
        {
            var pairSpace = SlotSpace.ForPair(current, previous);
            if (pairSpace is null)
            {
                return new PairPlan(null, []);
            }

            var bound = new List<CompiledRule>();
            foreach (var rule in set.rules)
            {
                if (rule.Compile(pairSpace, strict: false) is { } c) bound.Add(c);
            }

            return new PairPlan(pairSpace, bound.ToArray());
        }
    }
}
