// One palette: the failure-type and status colours on screen, in the Insight
// charts and in the PDFs all come from core/palette, and read on a dark palette.
#include "app/failure/spectrumcontrol.h"
#include "app/insight/insightview.h"
#include "app/insight/periodchooser.h"
#include "app/reports/reportdialog.h"
#include "app/settings/appearance.h"
#include "core/journal/reflectionstore.h"
#include "core/palette/failurepalette.h"
#include "core/palette/statuspalette.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportoptions.h"
#include "core/report/reportpainter.h"
#include "core/storage/database.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace myfyrio;

namespace {

bool near(const QColor& a, const QColor& b, int tolerance = 10)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

int pixelsLike(const QImage& image, const QColor& colour, int tolerance = 10)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (near(image.pixelColor(x, y), colour, tolerance))
                ++count;
    return count;
}

void place(const Database& db, FailureReason reason, int times)
{
    for (int i = 0; i < times; ++i) {
        Reflection r;
        r.title = QStringLiteral("Event");
        r.date = QDate(2024, 3, 1 + i);
        r.bringToSupervision = true;
        r.failure = FailurePlacement{};
        r.failure->reason = reason;
        REQUIRE(ReflectionStore(db).add(r).ok());
    }
}

/// Renders page 1 of a failures report to an image through pdftoppm.
QImage failuresReportPage(const Database& db, const QString& folder)
{
    ReportOptions options;
    options.kind = ReportKind::Failures;
    options.includePrivate = true;
    auto content = ReportBuilder(db).build(options);
    REQUIRE(content.ok());
    const QString pdf = folder + QStringLiteral("/failures.pdf");
    REQUIRE(ReportPainter::writePdf(*content, pdf).ok());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        FAIL("pdftoppm is not installed (Debian package poppler-utils).");
    QProcess process;
    process.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                               QStringLiteral("2"), pdf, folder + QStringLiteral("/page")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QImage all;
    for (const QString& name : QDir(folder).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name)) {
        const QImage page(folder + QLatin1Char('/') + name);
        if (all.isNull()) {
            all = page;
        } else {
            QImage joined(page.width(), all.height() + page.height(), QImage::Format_RGB32);
            QPainter painter(&joined);
            painter.drawImage(0, 0, all);
            painter.drawImage(0, all.height(), page);
            painter.end();
            all = joined;
        }
    }
    REQUIRE(!all.isNull());
    return all;
}

} // namespace

TEST_CASE("The screen, the charts and the PDFs take the failure colours from one palette", "[gui][palette]")
{
    test::TempJournal journal;
    auto db = journal.open();
    place(*db, FailureReason::Inattention, 3);        // basic
    place(*db, FailureReason::ProcessComplexity, 2);  // complex
    place(*db, FailureReason::ExploratoryTesting, 1); // intelligent

    const QVector<FailureType> types = FailureSpectrum::types();
    REQUIRE(types.size() == 3);

    SpectrumControl spectrum;
    spectrum.resize(900, spectrum.sizeHint().height());
    spectrum.show();
    REQUIRE(QTest::qWaitForWindowExposed(&spectrum));
    const QImage screen = spectrum.grab().toImage();

    InsightView insight(*db);
    insight.resize(1000, 900);
    insight.show();
    REQUIRE(QTest::qWaitForWindowExposed(&insight));
    insight.periodChooser()->setCustom(QDate(2024, 1, 1), QDate(2024, 12, 31));
    QCoreApplication::processEvents();
    const QImage chart = insight.reasonsView()->grab().toImage();

    QTemporaryDir folder;
    const QImage pdf = failuresReportPage(*db, folder.path());

    for (FailureType type : types) {
        INFO("type " << FailureSpectrum::code(type).toStdString());
        CHECK(pixelsLike(screen, FailurePalette::colour(type)) > 20);
        CHECK(pixelsLike(chart, FailurePalette::colour(type)) > 20);
        CHECK(pixelsLike(pdf, FailurePalette::colour(type)) > 20);
    }
    // The PDFs once drew "basic" in crimson: that colour is gone.
    CHECK(pixelsLike(pdf, QColor(0xB2, 0x3A, 0x48)) == 0);
}

TEST_CASE("Status colours come from one palette and read on light and dark windows", "[gui][palette]")
{
    for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        Appearance::apply(mode);
        const QPalette palette = QApplication::palette();
        CHECK(StatusPalette::isDark(palette) == (mode == Appearance::Mode::Dark));
        for (auto role : {StatusPalette::Role::Error, StatusPalette::Role::Warning, StatusPalette::Role::Success,
                          StatusPalette::Role::Marked}) {
            // Contrast of the role's text on the window, by relative luminance (WCAG).
            const auto luminance = [](const QColor& c) {
                const auto channel = [](double v) {
                    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                };
                return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
            };
            const double a = luminance(StatusPalette::text(role, palette));
            const double b = luminance(palette.color(QPalette::Window));
            const double contrast = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
            INFO("mode " << Appearance::code(mode).toStdString() << " role " << int(role));
            CHECK(contrast >= 4.5);
            const double onFill = (std::max(luminance(palette.color(QPalette::WindowText)),
                                            luminance(StatusPalette::background(role, palette)))
                                   + 0.05)
                                  / (std::min(luminance(palette.color(QPalette::WindowText)),
                                              luminance(StatusPalette::background(role, palette)))
                                     + 0.05);
            CHECK(onFill >= 4.5);
        }
        // The screen uses the definitions: the report dialog's privacy warning.
        test::TempJournal journal;
        auto db = journal.open();
        ReportDialog dialog(*db);
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("privateWarning"));
        REQUIRE(warning != nullptr);
        CHECK(warning->palette().color(QPalette::WindowText)
              == StatusPalette::text(StatusPalette::Role::Error, QApplication::palette()));
    }
    // A switch while the dialog is open follows too.
    test::TempJournal journal;
    auto db = journal.open();
    ReportDialog dialog(*db);
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("privateWarning"));
    Appearance::apply(Appearance::Mode::Light);
    CHECK(warning->palette().color(QPalette::WindowText) == StatusPalette::printText(StatusPalette::Role::Error));
    Appearance::apply(Appearance::Mode::Dark);
    CHECK(warning->palette().color(QPalette::WindowText)
          == StatusPalette::text(StatusPalette::Role::Error, Appearance::darkPalette()));
    Appearance::apply(Appearance::Mode::System);
}
