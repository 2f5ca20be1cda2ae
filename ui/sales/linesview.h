// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "sales/documentlines.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableWidget;
class QTableWidgetItem;

namespace trato {

// The "Lines" tab of a quote, sales order, invoice or credit note: where a salesperson builds the
// document. A table of its sales_line records edited in place (description, quantity, unit price,
// discount %, tax %), "Add" with a search field completing product SKUs/names and service
// codes/names (queried off the GUI thread), "Add text line", "Configure…" for a configurable
// product (ConfigureDialog), move up/down and delete (DocumentLines does the work). Every write goes
// through RecordStore; a refusal is shown and the cell goes back to the stored value. Below the
// table the totals from DocumentCalc: subtotal, discounts, each rate's base/tax/surcharge,
// shipping, adjustment, total. Read-only, with a note saying why, when the document is closed.
class LinesView : public RecordViewPart
{
    Q_OBJECT
public:
    enum Column { PositionColumn, ItemColumn, DescriptionColumn, QuantityColumn, PriceColumn, DiscountColumn, TaxColumn, NetColumn };

    LinesView(Database &db, const QString &entity, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    void reload();

    QTableWidget *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *addTextButton() const { return m_addText; }
    QPushButton *configureButton() const { return m_configure; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *breakdownLabel() const { return m_breakdown; }
    QList<DocumentLine> lines() const { return m_lines; }
    bool isReadOnly() const { return m_readOnly; }
    int completionCount() const;

    // The line of the current row, or empty.
    QString currentLine() const;
    // Adds the item the search field names (a completion or a SKU/code/name); false when refused.
    bool addFromSearch();
    bool addTextLine(const QString &text);
    bool configureCurrent();
    bool moveCurrent(int delta);
    bool deleteCurrent();

Q_SIGNALS:
    void completionsReady();

private:
    void search(const QString &text);
    void cellEdited(QTableWidgetItem *item);
    void showError(const QString &text);
    void updateButtons();
    void selectLine(const QString &id);

    Database &m_db;
    QString m_entity;
    QString m_id;
    DocumentHeader m_header;
    QList<DocumentLine> m_lines;
    QList<ItemMatch> m_matches;
    QLabel *m_note;
    QLabel *m_error;
    QLineEdit *m_search;
    QStringListModel *m_completions;
    QCompleter *m_completer;
    QPushButton *m_add;
    QPushButton *m_addText;
    QPushButton *m_configure;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
    QTableWidget *m_table;
    QLabel *m_breakdown;
    QLabel *m_total;
    bool m_filling = false;
    bool m_readOnly = false;
    int m_searchGeneration = 0;
};

void registerLinesViews();

} // namespace trato
