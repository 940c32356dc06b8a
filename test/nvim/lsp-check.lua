-- Headless Neovim (0.7+) as a real LSP client of the standalone server (stdio).
-- env: SG_SERVER (dist/server.js), SG_FILE (task config to open), SG_TIMEOUT_MS,
--      SG_FIXALL (optional: a Lua file, docs/editors.md's fix-all-on-save block; the buffer is then written)
-- run: nvim --headless --clean -u NONE -c 'luafile test/nvim/lsp-check.lua'
-- Prints one `KEY: value` line per observation for the test to assert; exits 0 when every check passed.
local server = assert(os.getenv('SG_SERVER'), 'SG_SERVER not set')
local file = assert(os.getenv('SG_FILE'), 'SG_FILE not set')
local timeout = tonumber(os.getenv('SG_TIMEOUT_MS') or '15000')

local function out(s) io.stdout:write(s .. '\n') end
local failures = 0
local function check(ok, what) if not ok then failures = failures + 1; out('FAIL: ' .. what) end end
local function finish()
  out(string.format('RESULT: %d failed', failures))
  io.stdout:flush()
  vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
end

local exited = false
local client_id = vim.lsp.start_client({
  name = 'sandbox-guard',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  settings = { sandboxGuard = { enable = true } },
  on_exit = function() exited = true end,
})
if not client_id then out('FAIL: could not start client'); failures = 1; finish() end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

local function has_code(code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (lsp.code or d.code) == code then return d end
  end
end

local got = vim.wait(timeout, function() return has_code('SG101') ~= nil end, 20)
local diags = vim.diagnostic.get(bufnr)
for _, d in ipairs(diags) do
  local lsp = d.user_data and d.user_data.lsp or {}
  out(string.format('DIAG: %s %d:%d %s', tostring(lsp.code or d.code), d.lnum + 1, d.col + 1, d.message:gsub('\n', ' ')))
end
check(got, 'SG101 diagnostic within timeout')

local prod = has_code('SG101')
if prod then
  local pos = { line = prod.lnum, character = prod.col }
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = pos }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
  local htext = (hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents.value) or ''
  out('HOVER: ' .. htext:gsub('\n', ' '))
  check(htext:find('production%-host') ~= nil, 'hover names the rule')

  -- the LSP diagnostic as the code action menu sends it back (0.7 keeps code and data in user_data.lsp)
  local stored = prod.user_data and prod.user_data.lsp or {}
  local lsp_diag = {
    range = { start = pos, ['end'] = { line = prod.end_lnum, character = prod.end_col } },
    message = prod.message, source = prod.source, severity = prod.severity,
    code = stored.code, data = stored.data,
  }
  local ca = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag } },
  }, 5000)
  if ca and ca[client_id] and ca[client_id].err then out('ERR: ' .. vim.inspect(ca[client_id].err)) end
  local actions = (ca and ca[client_id] and ca[client_id].result) or {}
  local preferred
  for _, a in ipairs(actions) do
    out('ACTION: ' .. a.title .. (a.isPreferred and ' (preferred)' or ''))
    if a.isPreferred and a.edit then preferred = a end
  end
  check(preferred ~= nil, 'a preferred quick fix')
  if preferred then
    -- apply it like the code action menu does, then wait for the finding to go away
    vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(bufnr, prod.lnum, prod.lnum + 1, false)[1]
    out('FIXED LINE: ' .. line)
    local gone = vim.wait(timeout, function() return has_code('SG101') == nil end, 20)
    check(gone, 'SG101 gone after the quick fix')
  end
end

-- docs/editors.md's fix-all-on-save snippet, as a user would paste it: write the buffer, read the file back
local fixall = os.getenv('SG_FIXALL')
if fixall then
  dofile(fixall)
  vim.cmd('write')
  for i, l in ipairs(vim.fn.readfile(file)) do out(string.format('SAVED %d: %s', i, l)) end
end

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return exited end, 20)
finish()
