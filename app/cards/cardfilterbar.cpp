#include "app/cards/cardfilterbar.h"

#include "app/cards/cardhtml.h"
#include "core/i18n/translations.h"
#include "core/journal/systemscale.h"
#include "core/util/collation.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace myfyrio {

namespace {

/// Refills a combo box with "any" first and then the given items, keeping the
/// current choice when it is still offered.
void refill(QComboBox* box, const QString& any, const QVector<QPair<QString, QVariant>>& items)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(any, QVariant());
    for (const auto& item : items)
        box->addItem(item.first, item.second);
    box->setCurrentIndex(qMax(0, current.isValid() ? box->findData(current) : 0));
}

} // namespace

CardFilterBar::CardFilterBar(QWidget* parent)
    : QWidget(parent),
      m_fromLabel(new QLabel(this)),
      m_from(new QComboBox(this)),
      m_toLabel(new QLabel(this)),
      m_to(new QComboBox(this)),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_reasonLabel(new QLabel(this)),
      m_reason(new QComboBox(this)),
      m_typeLabel(new QLabel(this)),
      m_type(new QComboBox(this)),
      m_scaleLabel(new QLabel(this)),
      m_scale(new QComboBox(this)),
      m_tagLabel(new QLabel(this)),
      m_tag(new QComboBox(this)),
      m_wordsLabel(new QLabel(this)),
      m_words(new QLineEdit(this)),
      m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("cardFilters"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_language->setObjectName(QStringLiteral("filterLanguage"));
    m_reason->setObjectName(QStringLiteral("filterReason"));
    m_type->setObjectName(QStringLiteral("filterType"));
    m_scale->setObjectName(QStringLiteral("filterScale"));
    m_tag->setObjectName(QStringLiteral("filterTag"));
    m_words->setObjectName(QStringLiteral("filterWords"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_words->setClearButtonEnabled(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QVector<QPair<QLabel*, QWidget*>> cells{{m_fromLabel, m_from},         {m_toLabel, m_to},
                                                  {m_languageLabel, m_language}, {m_reasonLabel, m_reason},
                                                  {m_typeLabel, m_type},         {m_scaleLabel, m_scale}};
    for (int i = 0; i < cells.size(); ++i) {
        const int row = i / 3;
        const int column = (i % 3) * 2;
        cells.at(i).first->setBuddy(cells.at(i).second);
        grid->addWidget(cells.at(i).first, row, column);
        grid->addWidget(cells.at(i).second, row, column + 1);
    }
    m_tagLabel->setBuddy(m_tag);
    m_wordsLabel->setBuddy(m_words);
    grid->addWidget(m_tagLabel, 2, 0);
    grid->addWidget(m_tag, 2, 1);
    grid->addWidget(m_wordsLabel, 2, 2);
    auto* wordsRow = new QHBoxLayout;
    wordsRow->addWidget(m_words, 1);
    wordsRow->addWidget(m_clear);
    grid->addLayout(wordsRow, 2, 3, 1, 3);
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1);

    // Reading order, row by row, is the Tab order.
    QWidget* previous = nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_from, m_to, m_language, m_reason, m_type, m_scale, m_tag,
                                                      m_words, m_clear}) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }

    for (QComboBox* box : {m_from, m_to, m_language, m_reason, m_type, m_scale, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &CardFilterBar::announce);
    connect(m_words, &QLineEdit::textChanged, this, &CardFilterBar::announce);
    connect(m_clear, &QPushButton::clicked, this, &CardFilterBar::clear);
    retranslate();
}

void CardFilterBar::setCards(const QVector<LearningCard>& cards)
{
    QSet<QDate> months;
    QSet<QString> seenTags;
    QStringList tags;
    for (const LearningCard& card : cards) {
        months.insert(card.month);
        for (const QString& tag : card.tags) {
            const QString key = tag.toCaseFolded();
            if (!seenTags.contains(key)) {
                seenTags.insert(key);
                tags.append(tag);
            }
        }
    }
    m_months = QVector<QDate>(months.cbegin(), months.cend());
    std::sort(m_months.begin(), m_months.end(), std::greater<QDate>());
    m_tags = tags;
    const CardFilter before = filter();
    fillChoices();
    const CardFilter after = filter();
    if (before.from != after.from || before.to != after.to || before.tag != after.tag)
        emit filterChanged();
}

CardFilter CardFilterBar::filter() const
{
    CardFilter filter;
    filter.from = m_from->currentData().toDate();
    filter.to = m_to->currentData().toDate();
    filter.language = m_language->currentData().toString();
    filter.reason = m_reason->currentData().toString();
    filter.type = m_type->currentData().toString();
    filter.scale = m_scale->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.text = m_words->text();
    return filter;
}

void CardFilterBar::clear()
{
    if (filter().isEmpty())
        return;
    m_filling = true;
    for (QComboBox* box : {m_from, m_to, m_language, m_reason, m_type, m_scale, m_tag})
        box->setCurrentIndex(0);
    m_words->clear();
    m_filling = false;
    emit filterChanged();
}

void CardFilterBar::announce()
{
    if (!m_filling)
        emit filterChanged();
}

void CardFilterBar::fillChoices()
{
    m_filling = true;
    QVector<QPair<QString, QVariant>> months;
    for (const QDate& month : std::as_const(m_months))
        months.append({CardHtml::monthLabel(month), month});
    refill(m_from, tr("Any month"), months);
    refill(m_to, tr("Any month"), months);
    refill(m_language, tr("Any language"),
           {{CardHtml::languageName(Translations::welsh()), Translations::welsh()},
            {CardHtml::languageName(Translations::english()), Translations::english()}});
    QVector<QPair<QString, QVariant>> reasons;
    for (FailureReason reason : FailureSpectrum::reasons())
        reasons.append({FailureSpectrum::label(reason), FailureSpectrum::code(reason)});
    refill(m_reason, tr("Any reason"), reasons);
    QVector<QPair<QString, QVariant>> types;
    for (FailureType type : FailureSpectrum::types())
        types.append({FailureSpectrum::label(type), FailureSpectrum::code(type)});
    refill(m_type, tr("Any type"), types);
    QVector<QPair<QString, QVariant>> scales;
    for (const QString& code : SystemScale::codes())
        scales.append({SystemScale::label(code), code});
    scales.append({CardHtml::scaleLabel(QString()), CardFilter::noScale()});
    refill(m_scale, tr("Any scale"), scales);
    QVector<QPair<QString, QVariant>> tags;
    for (const QString& tag : sortedForDisplay(m_tags))
        tags.append({tag, tag.toCaseFolded()});
    refill(m_tag, tr("Any tag"), tags);
    m_filling = false;
}

void CardFilterBar::retranslate()
{
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("T&o:"));
    m_languageLabel->setText(tr("La&nguage:"));
    m_reasonLabel->setText(tr("R&eason:"));
    m_typeLabel->setText(tr("T&ype:"));
    m_scaleLabel->setText(tr("S&cale:"));
    m_tagLabel->setText(tr("Ta&g:"));
    m_wordsLabel->setText(tr("&Words:"));
    m_words->setPlaceholderText(tr("In the title, lesson, question or tags"));
    m_clear->setText(tr("Clear F&ilters"));
    m_from->setToolTip(tr("Show the cards from this month on."));
    m_to->setToolTip(tr("Show the cards up to this month."));
    m_language->setToolTip(tr("Show the cards written in this language."));
    m_reason->setToolTip(tr("Show the cards with this reason for failure."));
    m_type->setToolTip(tr("Show the cards with this type of failure."));
    m_scale->setToolTip(tr("Show the cards at this system scale."));
    m_tag->setToolTip(tr("Show the cards with this tag."));
    m_words->setToolTip(tr("Show the cards that hold all of these words, whatever their accents."));
    m_clear->setToolTip(tr("Show every card again."));
    fillChoices();
}

void CardFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace myfyrio
