// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace trato {

// The "Stock" tab of a product's record view: per warehouse on hand, reserved, available, average
// cost and value; the product's movements newest first (when, what, who, why); Adjust… and
// Transfer… (StockLedger does the work and the refusing). Read off the GUI thread.
class ProductStockView : public RecordViewPart
{
    Q_OBJECT
public:
    explicit ProductStockView(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    void reload();

    QTableWidget *levelsTable() const { return m_levels; }
    QTableWidget *movementsTable() const { return m_movements; }
    QPushButton *adjustButton() const { return m_adjust; }
    QPushButton *transferButton() const { return m_transfer; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();

private:
    void adjust();
    void transfer();

    Database &m_db;
    QString m_product;
    QLabel *m_summary;
    QTableWidget *m_levels;
    QTableWidget *m_movements;
    QPushButton *m_adjust;
    QPushButton *m_transfer;
    bool m_loading = false;
    int m_generation = 0;
};

// Adjust… and Transfer…: the dialog stays open with the ledger's refusal shown until the input is
// fixed or the user cancels.
class StockMoveDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind { Adjust, Transfer };
    StockMoveDialog(Database &db, Kind kind, const QString &product, QWidget *parent = nullptr);

    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QLineEdit *quantityEdit() const { return m_quantity; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    // Posts the movement; false (message shown) when refused.
    bool submit();
    void accept() override;

private:
    Database &m_db;
    Kind m_kind;
    QString m_product;
    QComboBox *m_from;
    QComboBox *m_to = nullptr;
    QLineEdit *m_quantity;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error;
};

} // namespace trato
