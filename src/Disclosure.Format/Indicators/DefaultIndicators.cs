namespace Disclosure.Format.Indicators;

/// <summary>The library's indicators, declared as data (exported as <c>schema/indicators.json</c>).</summary>
internal static class DefaultIndicators
{
    private const string Received = "{/applications/newlyReceived/total}";
    private const string CarriedOver = "{/applications/carriedOver/total}";
    private const string Handled = "{/applications/outcomes/total/total}";

    private const string Withheld =
        "{/applications/outcomes/withheld/stateSecret/total} + {/applications/outcomes/withheld/prohibitedByLaw/total} + " +
        "{/applications/outcomes/withheld/endangersSecurityOrStability/total} + {/applications/outcomes/withheld/thirdPartyRights/total} + " +
        "{/applications/outcomes/withheld/internalAffairs/total} + {/applications/outcomes/withheld/processInformation/total} + " +
        "{/applications/outcomes/withheld/enforcementCaseFiles/total} + {/applications/outcomes/withheld/administrativeInquiry/total}";

    private const string Review = "/reviewAndLitigation/administrativeReview/";
    private const string Direct = "/reviewAndLitigation/litigationWithoutReview/";
    private const string AfterReview = "/reviewAndLitigation/litigationAfterReview/";

    public static IEnumerable<IndicatorDeclaration> All()
    {
        yield return Same("DFI001", "收到申请数（本年新收+上年结转）", "Applications received (new + carried over)", IndicatorUnit.Count,
            $"{Received} + {CarriedOver}",
            "一、本年新收 + 二、上年结转（总计列）：本年度需要办理的申请总数。",
            "一 + 二 of the applications table (总计 column): the applications the agency had to handle this year.");
        yield return Same("DFI002", "予以公开率", "Share granted in full", IndicatorUnit.Ratio,
            $"{{/applications/outcomes/disclosed/total}} / {Handled}",
            "（一）予以公开 ÷ （七）总计（总计列）。未办理任何申请（（七）总计为0）时不计算。",
            "（一）予以公开 over （七）总计 (总计 column). Not computable when no application was handled (（七）总计 = 0).");
        yield return Same("DFI003", "实质公开率", "Share granted in full or in part", IndicatorUnit.Ratio,
            $"({{/applications/outcomes/disclosed/total}} + {{/applications/outcomes/partiallyDisclosed/total}}) / {Handled}",
            "（（一）予以公开 + （二）部分公开）÷ （七）总计（总计列）。",
            "（一）予以公开 plus （二）部分公开, over （七）总计 (总计 column).");
        yield return Same("DFI004", "不予公开率", "Share withheld", IndicatorUnit.Ratio,
            $"({Withheld}) / {Handled}",
            "（三）不予公开 八项之和 ÷ （七）总计（总计列）。",
            "The eight rows of （三）不予公开, over （七）总计 (总计 column).");
        yield return Same("DFI005", "本机关不掌握相关政府信息占比", "Share not held by the agency", IndicatorUnit.Ratio,
            $"{{/applications/outcomes/unavailable/notHeld/total}} / {Handled}",
            "（四）无法提供 / 1.本机关不掌握相关政府信息 ÷ （七）总计（总计列）。",
            "（四）无法提供 / 1.本机关不掌握相关政府信息 over （七）总计 (总计 column).");
        yield return new IndicatorDeclaration("DFI006", "其他处理占比", "Share otherwise handled", IndicatorUnit.Ratio,
            new Dictionary<ReportEdition, string>
            {
                [ReportEdition.Edition2019] = $"{{/applications/outcomes/otherHandling/total}} / {Handled}",
                [ReportEdition.Edition2021] =
                    "({/applications/outcomes/otherHandling/notCorrectedInTime/total} + {/applications/outcomes/otherHandling/feeNotPaid/total} + " +
                    $"{{/applications/outcomes/otherHandling/other/total}}) / {Handled}",
            },
            "（六）其他处理 ÷ （七）总计（总计列）；2021年版为（六）下三项之和，2019年版为单独一行。",
            "（六）其他处理 over （七）总计 (总计 column); in the 2021 edition the sum of its three rows, in the 2019 edition its single row.");
        yield return Same("DFI007", "结转下年度占比", "Share carried forward", IndicatorUnit.Ratio,
            $"{{/applications/carriedForward/total}} / ({Received} + {CarriedOver})",
            "四、结转下年度继续办理 ÷（一 + 二）（总计列）。",
            "四、结转下年度继续办理 over 一 + 二 (总计 column).");
        yield return Same("DFI008", "行政复议纠错率", "Review correction rate", IndicatorUnit.Ratio,
            $"{{{Review}corrected}} / ({{{Review}upheld}} + {{{Review}corrected}} + {{{Review}other}})",
            "行政复议 结果纠正 ÷ 已审结（结果维持 + 结果纠正 + 其他结果，不含尚未审结）。",
            "Reviews corrected over reviews decided (结果维持 + 结果纠正 + 其他结果; 尚未审结 excluded).");
        yield return Same("DFI009", "行政诉讼纠错率", "Litigation correction rate", IndicatorUnit.Ratio,
            $"({{{Direct}corrected}} + {{{AfterReview}corrected}}) / ({{{Direct}upheld}} + {{{Direct}corrected}} + {{{Direct}other}} + " +
            $"{{{AfterReview}upheld}} + {{{AfterReview}corrected}} + {{{AfterReview}other}})",
            "行政诉讼（未经复议直接起诉 + 复议后起诉）结果纠正 ÷ 已审结（结果维持 + 结果纠正 + 其他结果）。",
            "Lawsuits (未经复议直接起诉 and 复议后起诉) corrected over lawsuits decided (结果维持 + 结果纠正 + 其他结果).");
        yield return Same("DFI010", "本年新收申请同比增长率", "Year-over-year growth of applications received", IndicatorUnit.Ratio,
            $"({Received} - {{previous#/applications/newlyReceived/total}}) / {{previous#/applications/newlyReceived/total}}",
            "（本年新收 − 上一年度报告的本年新收）÷ 上一年度报告的本年新收（总计列）。需要上一年度报告；上一年度为0时不计算。",
            "(received this year − received in the previous year's report) over the previous year's figure (总计 column). Needs the previous year's report; not computable when that figure is 0.");
    }

    private static IndicatorDeclaration Same(string code, string nameZh, string name, IndicatorUnit unit, string formula, string descriptionZh, string description) =>
        new(code, nameZh, name, unit,
            new Dictionary<ReportEdition, string> { [ReportEdition.Edition2019] = formula, [ReportEdition.Edition2021] = formula },
            descriptionZh, description);
}
