#include "app/supervision/historypanel.h"

#include "app/supervision/diffhtml.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/versiondiff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent),
      m_versionsLabel(new QLabel(this)),
      m_versions(new QTreeWidget(this)),
      m_compareLabel(new QLabel(this)),
      m_before(new QComboBox(this)),
      m_withLabel(new QLabel(this)),
      m_after(new QComboBox(this)),
      m_inline(new QRadioButton(this)),
      m_sideBySide(new QRadioButton(this)),
      m_changedOnly(new QCheckBox(this)),
      m_result(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_versionsLabel);
    m_versions->setRootIsDecorated(false);
    m_versions->setColumnCount(4);
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->header()->setStretchLastSection(true);
    topLayout->addWidget(m_versions);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    // One version a row: a signed version's title carries its fingerprint, and
    // two of them side by side do not fit the default window in Welsh.
    auto* versions = new QGridLayout;
    versions->addWidget(m_compareLabel, 0, 0, Qt::AlignRight);
    versions->addWidget(m_before, 0, 1);
    versions->addWidget(m_withLabel, 1, 0, Qt::AlignRight);
    versions->addWidget(m_after, 1, 1);
    versions->setColumnStretch(2, 1);
    bottomLayout->addLayout(versions);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_inline);
    controls->addWidget(m_sideBySide);
    controls->addWidget(m_changedOnly);
    controls->addStretch();
    bottomLayout->addLayout(controls);
    for (QComboBox* combo : {m_before, m_after})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_before->setObjectName(QStringLiteral("compareBefore"));
    m_after->setObjectName(QStringLiteral("compareAfter"));
    m_result->setObjectName(QStringLiteral("comparison"));
    m_result->setOpenLinks(false);
    bottomLayout->addWidget(m_result, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);

    m_sideBySide->setChecked(true);
    m_changedOnly->setChecked(true);
    for (QComboBox* combo : {m_before, m_after})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPanel::refreshComparison);
    for (QAbstractButton* button :
         {static_cast<QAbstractButton*>(m_inline), static_cast<QAbstractButton*>(m_sideBySide),
          static_cast<QAbstractButton*>(m_changedOnly)})
        connect(button, &QAbstractButton::toggled, this, &HistoryPanel::refreshComparison);
    connect(m_versions, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const int number = item->data(0, Qt::UserRole).toInt();
        compare(number > 1 ? number - 1 : number, number);
    });
    retranslate();
}

QString HistoryPanel::versionTitle(const AgreementVersion& v) const
{
    if (v.isSigned())
        //: A version in the comparison choices: "Version 2 (signed, 7F3A-91C2-04BD-E5A8)".
        return tr("Version %1 (signed, %2)").arg(v.number).arg(v.fingerprint);
    //: %1 is a version number. Glossary: "fersiwn" is feminine: "y fersiwn hon", "ei llofnodi".
    //: Register: formal written Welsh throughout ("Nid oes", "Nid oedd modd", not "Does", "Doedd").
    return tr("Version %1 (draft)").arg(v.number);
}

void HistoryPanel::retranslate()
{
    m_versionsLabel->setText(tr("Versions, oldest first. Double-click one to compare it with the one before."));
    m_versions->setHeaderLabels({tr("Version"), tr("Status"), tr("Fingerprint"), tr("Signatures")});
    m_compareLabel->setText(tr("Compare"));
    m_withLabel->setText(tr("with"));
    m_inline->setText(tr("Inline"));
    m_sideBySide->setText(tr("Side by side"));
    m_changedOnly->setText(tr("Changed sections only"));
    fillVersions();
}

void HistoryPanel::setAgreement(const Agreement& agreement)
{
    m_agreement = agreement;
    fillVersions();
    const int count = static_cast<int>(agreement.versions.size());
    if (count >= 2)
        compare(agreement.versions.at(count - 2).number, agreement.versions.at(count - 1).number);
}

void HistoryPanel::fillVersions()
{
    const int before = m_before->currentData().toInt();
    const int after = m_after->currentData().toInt();
    m_versions->clear();
    const QSignalBlocker b1(m_before);
    const QSignalBlocker b2(m_after);
    m_before->clear();
    m_after->clear();
    const QLocale locale;
    for (const AgreementVersion& v : m_agreement.versions) {
        QStringList signatures;
        for (const Signature& s : v.signatures) {
            //: Who signed and when: "Siân Llewelyn (Supervisor), 1 March 2024".
            signatures.append(tr("%1 (%2), %3")
                                  .arg(s.fullName, SectionCatalog::partyLabel(s.party),
                                       locale.toString(s.date, QLocale::LongFormat)));
        }
        QString status = v.isSigned() ? tr("Signed") : tr("Draft");
        if (v.origin == QLatin1String("diverged"))
            status = v.isSigned() ? tr("Signed, from the other copy") : tr("Draft from the other copy, to settle");
        auto* item = new QTreeWidgetItem(
            //: %1 is a version number.
            m_versions, {tr("Version %1").arg(v.number), status, v.fingerprint,
                         signatures.isEmpty() ? tr("Not signed yet") : signatures.join(QStringLiteral("; "))});
        item->setData(0, Qt::UserRole, v.number);
        item->setToolTip(3, item->text(3));
        m_before->addItem(versionTitle(v), v.number);
        m_after->addItem(versionTitle(v), v.number);
    }
    m_before->setCurrentIndex(qMax(0, m_before->findData(before)));
    m_after->setCurrentIndex(qMax(0, m_after->findData(after)));
    refreshComparison();
}

void HistoryPanel::compare(int before, int after)
{
    {
        const QSignalBlocker b1(m_before);
        m_before->setCurrentIndex(qMax(0, m_before->findData(before)));
    }
    m_after->setCurrentIndex(qMax(0, m_after->findData(after)));
    refreshComparison();
}

void HistoryPanel::refreshComparison()
{
    const AgreementVersion* before = nullptr;
    const AgreementVersion* after = nullptr;
    for (const AgreementVersion& v : m_agreement.versions) {
        if (v.number == m_before->currentData().toInt())
            before = &v;
        if (v.number == m_after->currentData().toInt())
            after = &v;
    }
    if (!before || !after) {
        m_result->setHtml(
            QStringLiteral("<p><i>%1</i></p>").arg(tr("There is nothing to compare yet.").toHtmlEscaped()));
        return;
    }
    const auto sections = VersionDiff::compare(before->content, after->content);
    m_result->setHtml(m_inline->isChecked() ? DiffHtml::inlineView(sections, m_changedOnly->isChecked())
                                            : DiffHtml::sideBySide(sections, m_changedOnly->isChecked(),
                                                                   versionTitle(*before), versionTitle(*after)));
}

void HistoryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
