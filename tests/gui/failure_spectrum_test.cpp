#include "app/failure/blamequestion.h"
#include "app/failure/failureplacementpanel.h"
#include "app/failure/spectrumcontrol.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"

#include <QAccessible>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace myfyrio;

TEST_CASE("The spectrum control is used by keyboard alone", "[gui][failure]")
{
    SpectrumControl spectrum;
    spectrum.resize(spectrum.sizeHint());
    spectrum.show();
    REQUIRE(QTest::qWaitForWindowExposed(&spectrum));
    spectrum.setFocus();
    QSignalSpy chosen(&spectrum, &SpectrumControl::reasonChanged);

    CHECK_FALSE(spectrum.reason().has_value());
    CHECK(spectrum.cursorReason() == FailureReason::Deviance);
    QTest::keyClick(&spectrum, Qt::Key_Right);
    QTest::keyClick(&spectrum, Qt::Key_Right);
    CHECK(spectrum.cursorReason() == FailureReason::LackOfAbility);
    CHECK(spectrum.detailText().contains(FailureSpectrum::definition(FailureReason::LackOfAbility)));
    CHECK(chosen.isEmpty()); // moving is not choosing

    QTest::keyClick(&spectrum, Qt::Key_Space);
    REQUIRE(chosen.size() == 1);
    CHECK(spectrum.reason() == FailureReason::LackOfAbility);

    QTest::keyClick(&spectrum, Qt::Key_End);
    CHECK(spectrum.cursorReason() == FailureReason::ExploratoryTesting);
    QTest::keyClick(&spectrum, Qt::Key_Right); // stays at the praiseworthy end
    CHECK(spectrum.cursorReason() == FailureReason::ExploratoryTesting);
    QTest::keyClick(&spectrum, Qt::Key_Return);
    CHECK(spectrum.reason() == FailureReason::ExploratoryTesting);
    CHECK(spectrum.detailText().contains(FailureSpectrum::label(FailureType::Intelligent)));

    QTest::keyClick(&spectrum, Qt::Key_Home);
    CHECK(spectrum.cursorReason() == FailureReason::Deviance);
    QTest::keyClick(&spectrum, Qt::Key_Left);
    CHECK(spectrum.cursorReason() == FailureReason::Deviance);
    QTest::keyClick(&spectrum, Qt::Key_Enter);
    CHECK(spectrum.reason() == FailureReason::Deviance);

    QTest::keyClick(&spectrum, Qt::Key_Delete);
    CHECK_FALSE(spectrum.reason().has_value());
    QTest::keyClick(&spectrum, Qt::Key_Space);
    QTest::keyClick(&spectrum, Qt::Key_Backspace);
    CHECK_FALSE(spectrum.reason().has_value());
    CHECK(chosen.size() == 6);
}

TEST_CASE("Screen readers see nine named and described reasons with the chosen one checked", "[gui][failure]")
{
    SpectrumControl spectrum;
    spectrum.resize(spectrum.sizeHint());
    spectrum.show();
    REQUIRE(QTest::qWaitForWindowExposed(&spectrum));
    spectrum.setReason(FailureReason::Uncertainty);
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(&spectrum);
    REQUIRE(list != nullptr);
    CHECK(list->role() == QAccessible::List);
    CHECK_FALSE(list->text(QAccessible::Name).isEmpty());
    REQUIRE(list->childCount() == 9);
    for (int i = 0; i < 9; ++i) {
        QAccessibleInterface* item = list->child(i);
        REQUIRE(item != nullptr);
        const FailureReason reason = FailureSpectrum::reasons().at(i);
        CHECK(item->role() == QAccessible::RadioButton);
        CHECK(item->text(QAccessible::Name).contains(FailureSpectrum::label(reason)));
        CHECK(item->text(QAccessible::Description).contains(FailureSpectrum::definition(reason)));
        CHECK(item->state().checked == (reason == FailureReason::Uncertainty));
        CHECK(list->indexOfChild(item) == i);
    }
    QAccessibleActionInterface* press = list->child(1)->actionInterface();
    REQUIRE(press != nullptr);
    press->doAction(QAccessibleActionInterface::pressAction());
    CHECK(spectrum.reason() == FailureReason::Inattention);
}

TEST_CASE("Placing an event asks blame first and the system question once a reason is chosen", "[gui][failure]")
{
    FailurePlacementPanel panel;
    panel.resize(800, 700);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &ReflectionPanel::changed);

    Reflection reflection;
    reflection.title = QStringLiteral("Handover");
    panel.load(reflection);
    CHECK(panel.blameQuestion()->isVisible());
    CHECK_FALSE(panel.spectrumShown());
    CHECK_FALSE(panel.detailsShown());
    CHECK(changed.isEmpty());

    QTest::mouseClick(panel.blameQuestion()->button(3), Qt::LeftButton);
    CHECK(panel.spectrumShown());
    CHECK_FALSE(panel.detailsShown());

    panel.spectrum()->setFocus();
    QTest::keyClick(panel.spectrum(), Qt::Key_Right);
    QTest::keyClick(panel.spectrum(), Qt::Key_Space); // inattention
    CHECK(panel.detailsShown());
    CHECK(panel.typeBox()->currentData().toString() == QStringLiteral("basic"));
    CHECK(panel.typeBox()->currentText().contains(FailureSpectrum::label(FailureType::Basic)));
    CHECK(panel.typeBox()->currentText() != FailureSpectrum::label(FailureType::Basic)); // marked as suggested

    // The writer overrides the type; the override stays when the reason changes.
    panel.typeBox()->setCurrentIndex(panel.typeBox()->findData(QStringLiteral("complex")));
    emit panel.typeBox()->activated(panel.typeBox()->currentIndex());
    QTest::keyClick(panel.spectrum(), Qt::Key_Left);
    QTest::keyClick(panel.spectrum(), Qt::Key_Space); // deviance
    CHECK(panel.typeBox()->currentData().toString() == QStringLiteral("complex"));
    panel.settingBox()->setCurrentIndex(panel.settingBox()->findData(QStringLiteral("novel")));
    emit panel.settingBox()->activated(panel.settingBox()->currentIndex());
    panel.systemFactorsEdit()->setPlainText(QStringLiteral("Nobody had covered the late shift."));

    Reflection stored = reflection;
    panel.store(stored);
    REQUIRE(stored.failure.has_value());
    CHECK(stored.failure->reason == FailureReason::Deviance);
    CHECK(stored.failure->type() == FailureType::Complex);
    CHECK(stored.failure->typeOverridden());
    CHECK(stored.failure->blameFelt == 3);
    CHECK(stored.failure->setting == FailureSetting::Novel);
    CHECK(stored.failure->systemFactors == QStringLiteral("Nobody had covered the late shift."));
    CHECK_FALSE(changed.isEmpty());

    SECTION("loading shows the placement again")
    {
        FailurePlacementPanel other;
        other.show();
        other.load(stored);
        CHECK(other.spectrumShown());
        CHECK(other.detailsShown());
        CHECK(other.spectrum()->reason() == FailureReason::Deviance);
        CHECK(other.blameQuestion()->blame() == 3);
        CHECK(other.typeBox()->currentData().toString() == QStringLiteral("complex"));
        Reflection again = reflection;
        other.store(again);
        CHECK(again.failure == stored.failure);
    }
    SECTION("clearing removes the placement and asks about blame again")
    {
        QTest::mouseClick(panel.clearButton(), Qt::LeftButton);
        Reflection cleared = stored;
        panel.store(cleared);
        CHECK_FALSE(cleared.failure.has_value());
        CHECK_FALSE(panel.spectrumShown());
        CHECK_FALSE(panel.blameQuestion()->isAnswered());
    }
    SECTION("skipping the blame question still shows the spectrum and records no blame")
    {
        FailurePlacementPanel other;
        other.show();
        other.load(reflection);
        QTest::mouseClick(other.blameQuestion()->skipButton(), Qt::LeftButton);
        CHECK(other.spectrumShown());
        other.spectrum()->activate(6);
        Reflection placed = reflection;
        other.store(placed);
        REQUIRE(placed.failure.has_value());
        CHECK(placed.failure->reason == FailureReason::Uncertainty);
        CHECK_FALSE(placed.failure->blameFelt.has_value());
    }
}
