"""The rule catalogue. Adding a rule: one file in its family, one line here."""

from factcheck.rules.base import Hit, Rule
from factcheck.rules.consistency.fc101_total_mismatch import TotalMismatch
from factcheck.rules.consistency.fc102_value_conflict import ValueConflict
from factcheck.rules.consistency.fc103_hedge_drift import HedgeDrift
from factcheck.rules.consistency.fc104_count_mismatch import CountMismatch
from factcheck.rules.consistency.fc105_implied_valuation import ImpliedValuation
from factcheck.rules.consistency.fc106_timeline import Timeline
from factcheck.rules.consistency.fc107_percent_change import PercentChange
from factcheck.rules.consistency.fc108_conversion_rate import ConversionRate
from factcheck.rules.consistency.fc109_unit_slip import UnitSlip
from factcheck.rules.consistency.fc110_per_share import PerShare
from factcheck.rules.consistency.fc111_share_of_whole import ShareOfWhole
from factcheck.rules.consistency.fc112_margin import Margin
from factcheck.rules.consistency.fc113_restatement import RestatedFigure
from factcheck.rules.consistency.fc114_outside_range import OutsideRange
from factcheck.rules.registry.fc201_registry_contradiction import RegistryContradiction
from factcheck.rules.registry.fc202_unverified import Unverified
from factcheck.rules.registry.fc203_unlisted_figure import UnlistedFigure
from factcheck.rules.text.fc901_disguised_name import DisguisedName
from factcheck.rules.tool.fc902_unused_suppression import UnusedSuppression

ALL_RULES: tuple[type[Rule], ...] = (
    TotalMismatch,
    ValueConflict,
    HedgeDrift,
    CountMismatch,
    ImpliedValuation,
    Timeline,
    PercentChange,
    ConversionRate,
    UnitSlip,
    PerShare,
    ShareOfWhole,
    Margin,
    RestatedFigure,
    OutsideRange,
    RegistryContradiction,
    Unverified,
    UnlistedFigure,
    DisguisedName,
    UnusedSuppression,
)


def rule_by_code(code: str) -> type[Rule] | None:
    code = code.upper()
    return next((r for r in ALL_RULES if r.code == code or code in r.aliases), None)


def rule_by_name(name: str) -> type[Rule] | None:
    return next((r for r in ALL_RULES if r.name == name or r.code == name.upper()), None)


__all__ = ["ALL_RULES", "Hit", "Rule", "rule_by_code", "rule_by_name"]
