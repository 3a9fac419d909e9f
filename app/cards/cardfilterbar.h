#pragma once

#include "core/learning/cardfilter.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace myfyrio {

/// The team view's filters: the months from and to, the reason for failure,
/// its type, the system scale, a tag, the language of the card and words to
/// find, with Clear Filters. The months and tags offered are the ones the
/// cards have. Says filterChanged() on every change; filter() is the
/// CardFilter that TeamSummary, CardFilterProxy and the PDF use.
class CardFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CardFilterBar(QWidget* parent = nullptr);

    /// Offers the months and tags of these cards, keeping what is chosen when it is still offered.
    void setCards(const QVector<LearningCard>& cards);
    CardFilter filter() const;

    void clear();

    QComboBox* fromMonth() const { return m_from; }
    QComboBox* toMonth() const { return m_to; }
    QComboBox* reason() const { return m_reason; }
    QComboBox* type() const { return m_type; }
    QComboBox* scale() const { return m_scale; }
    QComboBox* tag() const { return m_tag; }
    QComboBox* language() const { return m_language; }
    QLineEdit* words() const { return m_words; }
    QPushButton* clearButton() const { return m_clear; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillChoices();
    void announce();
    void retranslate();

    QVector<QDate> m_months; ///< the cards' months, the latest first
    QStringList m_tags;      ///< the cards' tags, once each ignoring case
    bool m_filling = false;
    QLabel* m_fromLabel;
    QComboBox* m_from;
    QLabel* m_toLabel;
    QComboBox* m_to;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_reasonLabel;
    QComboBox* m_reason;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QLabel* m_scaleLabel;
    QComboBox* m_scale;
    QLabel* m_tagLabel;
    QComboBox* m_tag;
    QLabel* m_wordsLabel;
    QLineEdit* m_words;
    QPushButton* m_clear;
};

} // namespace myfyrio
