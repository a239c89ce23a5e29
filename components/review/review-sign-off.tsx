/**
 * The reviewer's details, to fill in by hand on the printed kit. The content version is printed
 * so the review record can pin the exact text that was read (lib/review/status.ts).
 */
export function ReviewSignOff({ contentHash }: { contentHash: string }) {
  const blanks = [
    'Your name',
    'Your profession and where you practise',
    'Date of your review',
    'What you checked (all claims, or which ones)',
    'Signature',
  ]
  return (
    <section className="review-sign-off" aria-labelledby="review-sign-off">
      <h2 id="review-sign-off">Reviewer</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">Content version</th>
            <td>
              <code>{contentHash}</code>
            </td>
          </tr>
          {blanks.map((b) => (
            <tr key={b}>
              <th scope="row">{b}</th>
              <td className="review-blank" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
