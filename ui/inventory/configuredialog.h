// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/configuration.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace trato {

class Database;

// "Configure…": one combo per option group of a configurable product, the live price and SKU, the
// reason when the choice is not valid (an incompatible pair names both options); OK stays disabled
// until Configuration::validate accepts the choice. The sales lines of Comercial reuse it:
// configuration() is the canonical JSON to store on the line.
class ConfigureDialog : public QDialog
{
    Q_OBJECT
public:
    // initialJson: a stored configuration to start from (may be empty).
    ConfigureDialog(Database &db, const QString &product, const QString &initialJson = QString(), QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    QString configuration() const { return m_result.json; }
    const ConfiguredProduct &result() const { return m_result; }
    QComboBox *comboFor(const QString &groupName) const;
    QString problem() const;

    // Runs the dialog; returns the canonical JSON, or an empty string when cancelled.
    static QString configure(Database &db, const QString &product, const QString &initialJson, QWidget *parent);

private:
    void recompute();

    Database &m_db;
    ProductOptions m_options;
    QList<QComboBox *> m_combos;
    QLabel *m_price;
    QLabel *m_sku;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    ConfiguredProduct m_result;
    bool m_valid = false;
};

} // namespace trato
