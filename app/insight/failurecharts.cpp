#include "app/insight/failurecharts.h"

#include "core/palette/failurepalette.h"
#include "core/palette/statuspalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace myfyrio {

namespace {

QBarSet* typeSet(FailureType type)
{
    auto* set = new QBarSet(FailureSpectrum::label(type));
    set->setBrush(FailurePalette::fill(type)); // the same fill as the PDFs'
    set->setBorderColor(FailurePalette::colour(type).darker(140));
    set->setLabelColor(FailurePalette::ink());
    return set;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    // On a dark palette the charts are dark too; the bars keep their fills
    // (a theme only decorates series whose brush was not set).
    const QPalette palette = QGuiApplication::palette();
    chart->setTheme(StatusPalette::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    chart->setTitleFont(titleFont);
    chart->setLocale(QLocale());
    chart->setBackgroundRoundness(4);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis* countAxis(int maximum, const QString& title)
{
    auto* axis = new QValueAxis;
    const int top = std::max(1, maximum);
    const int step = top <= 10 ? 1 : (top + 9) / 10;
    axis->setRange(0, ((top + step - 1) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

/// One set per type, each holding a value only for the reasons that suggest
/// that type: the stacked bars then show one bar per reason in its type's colour.
/// Bars lie across, so that the reasons can be read in full; the blameworthy
/// end is at the top (a category axis counts from the bottom, hence reversed).
QHorizontalStackedBarSeries* seriesPerReason(const std::function<double(FailureReason)>& value)
{
    auto* series = new QHorizontalStackedBarSeries;
    auto reasons = FailureSpectrum::reasons();
    std::reverse(reasons.begin(), reasons.end());
    for (FailureType type : FailureSpectrum::types()) {
        QBarSet* set = typeSet(type);
        for (FailureReason reason : reasons)
            set->append(FailureSpectrum::suggestedType(reason) == type ? value(reason) : 0.0);
        series->append(set);
    }
    series->setBarWidth(0.7);
    return series;
}

QBarCategoryAxis* reasonAxis()
{
    auto* axis = new QBarCategoryAxis;
    QStringList labels = FailureCharts::reasonCategories();
    std::reverse(labels.begin(), labels.end());
    axis->append(labels);
    return axis;
}

} // namespace

QStringList FailureCharts::reasonCategories()
{
    QStringList categories;
    for (FailureReason reason : FailureSpectrum::reasons())
        categories.append(FailureSpectrum::label(reason));
    return categories;
}

QChart* FailureCharts::reasons(const FailureCounts& counts)
{
    QChart* chart = newChart(tr("Events by reason for failure"));
    QHorizontalStackedBarSeries* series =
        seriesPerReason([&counts](FailureReason r) { return double(counts.count(r)); });
    chart->addSeries(series);
    QBarCategoryAxis* categories = reasonAxis();
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    int most = 0;
    for (FailureReason reason : FailureSpectrum::reasons())
        most = std::max(most, counts.count(reason));
    QValueAxis* values = countAxis(most, tr("Events"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

QChart* FailureCharts::trend(const FailureCounts& counts)
{
    QChart* chart = newChart(tr("Events by type, month by month"));
    auto* series = new QStackedBarSeries;
    QStringList months;
    for (const FailureMonth& month : counts.months)
        months.append(QLocale().toString(month.month, QStringLiteral("MMM yy")));
    int most = 0;
    for (const FailureMonth& month : counts.months)
        most = std::max(most, month.count(FailureType::Basic) + month.count(FailureType::Complex)
                                  + month.count(FailureType::Intelligent));
    for (FailureType type : FailureSpectrum::types()) {
        QBarSet* set = typeSet(type);
        for (const FailureMonth& month : counts.months)
            set->append(month.count(type));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(months);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis* values = countAxis(most, tr("Events"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QChart* FailureCharts::blame(const FailureCounts& counts)
{
    QChart* chart = newChart(tr("Mean blame felt, by reason"));
    QHorizontalStackedBarSeries* series =
        seriesPerReason([&counts](FailureReason r) { return counts.meanBlame(r).value_or(0.0); });
    chart->addSeries(series);
    QBarCategoryAxis* categories = reasonAxis();
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, 4);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(1);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(tr("0 none – 4 a great deal"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

} // namespace myfyrio
