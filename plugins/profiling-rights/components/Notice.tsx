import React from 'react'

/** The plugin's notice box: a note above a list or in a form, in the admin's own colours. */
export const Notice: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <div
    className="right-notice"
    role="note"
    style={{
      background: 'var(--theme-elevation-50)',
      borderLeft: '4px solid var(--theme-warning-500)',
      marginBottom: 'var(--base)',
      padding: 'calc(var(--base) / 2) var(--base)',
    }}
  >
    {children}
  </div>
)
